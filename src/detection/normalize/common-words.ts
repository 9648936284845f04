// Everyday words of the Latin-script languages the policies read, folded (lower case, no
// diacritics). They answer "is this a word of some language we support?" for the
// transforms that have no syntax (rot13, reversed text, leetspeak, letters spelled apart):
// a transform is warranted when it turns non-words into such words. Function words and the
// commonest verbs and nouns cover most of any running text, which is what that test needs;
// rare words are not needed and would only add chance matches.

const EN = `
able about above absolutely accept account across action active activity actually add added address admin
administrator after afternoon again against age agent ago agree ahead air all allowed almost alone along already
also although always among amount analysis and another answer any anybody anymore anyone anything anyway anywhere
app apply approve approved april area arm around article ask asked asking assume attached attention august author
available avoid away baby back bad bank base based basic be beautiful became become bed been before began behind
believe below best better between big bill birth bit black blue board body book boss both bottom box boy brain
break bring brother brought budget build building built business busy but buy by call called came camera can
cannot car card care careful carry case cat cause center certain chance change charge check child children choose
city claim class clean clear click client close cloud code coffee cold color come comes coming comment common
company complete completely computer concern confirm contact contain contains continue control copy correct cost
could count country couple course cover create created credit current currently customer cut daily damage dark
date daughter day days dead deal dear death december decide decided deep default delete deliver department
details detect development device did die difference different difficult dinner direct directly director discuss
doctor document doing dollar done door double doubt draft draw dream drive drop during each early easily east
eat edit effect eight either else employee empty end ending english enough enter entire environment error
especially even evening event ever every everybody everyone exact exactly except expect experience explain extra
eye face failed fall false family far fast father fear feature february feel feeling felt few field fight
figure fill final finally financial fine finish fire firm five fix flag floor fly focus folder food foot force
form format former forward found four free friday friend friends front full fully fun function further future
game gave general generate getting girl given gives glad goes going gone got great green ground group grow guess
guide guy hair half hand happen happened happy hard hate head health hear heard heart held hello hidden high
himself history hit hold holiday home hope hospital hot hotel hour hours house human hundred husband idea image
imagine immediately include included including increase indeed inside install instead interest interested
internet invoice issue item items itself january job join july june kid kids kill kind knew known land language
large last late later law lead learn least leave left leg less letter level life light likely line link little
live local location lock login look looking lose lost lot love low machine main major manage manager march market
matter maybe meet meeting member memory men mind minute minutes miss mission moment monday money month months
morning mother move movie much music myself nature near nearly necessary needed needs network news nice night
nine none normal north note notes notice november obviously october offer office often okay online open opinion
option original others otherwise outside overall owner page pain paper parent party pass past pay payment peace
per perhaps period personal phone picture piece plan play player plus police poor possible power present
president pretty price probably process product program project protect proud pull purpose quick quickly quite
rather reach reading ready reason receive received recent record red refund remove report reset rest result
return review rich ride rights road room round safe sale save saw school screen search second section security
seem seen sell sense sent september service session seven several share short shot shown side sign simply
single sister site sit six size skill small smart social soft sold someone sometimes son song soon sorry sort
sound south space speak special spend staff stand standard star started status stay story street strong student
study stuff subject success suddenly summary sun sunday support suppose table talking team test thank thanks
themselves theory therefore third thought thousand three throughout thursday ticket together tomorrow tonight
took top total touch toward town track trade training travel tree trip trouble trust truth tuesday type
understand unit unless update upon urgent usually value various version via video view visit voice vote wait walk
wall war watch water website wednesday week weekend weeks weight whatever whether white whole whom whose wife win
window wish within woman women wonder word worked worker working worry worse worst worth writing written year
years yesterday young abuse accounts actions addresses admins agents allowing answers applied asks attacks becomes
begins believes brings builds buys calls cards cars cases causes changes checks claims codes comes commands
comments contacts costs creates customers days decides deletes details directions documents does emails enables
ends events examples explains facts feels files finds follows forgets friends gets gives goes groups guidelines
hands happens helps hides ideas includes instructions issues items keeps keys knows leaks lets likes lines links
lists looks makes means messages methods models names needs notes numbers orders outputs pages parts passwords
people persons places plans points policies posts prints problems prompts provides puts questions reads reasons
records refuses remembers repeats replies reports requests responds responses restrictions results reveals rules
runs says secrets sees sends servers sets shares shows starts states steps stops systems takes talks tasks teaches
tells things thinks tokens tools turns users uses wants ways weapons words works writes years accessed added
allowed answered applied asked attached banned blocked broke called changed checked chose closed completed
confirmed contained created decided deleted described disabled enabled ended entered explained failed filtered
finished fixed followed forgot forgotten gave given got had happened heard helped hid ignored included kept knew
learned leaked left let liked listed looked loved made meant moved named needed opened ordered paid passed placed
planned played posted printed provided put read received refused removed repeated replied reported requested
restricted returned revealed said sent set shared showed shown signed started stated stayed stole stolen stopped
supposed taken talked taught thought told tried turned typed unlocked updated used wanted was went were wrote
acting adding allowing answering applying asking attacking being breaking bringing building calling changing
checking coming creating deleting describing disabling doing enabling ending explaining following forgetting
getting giving going having helping hiding ignoring including keeping knowing leaking leaving letting listing
looking making meaning moving needing opening ordering paying playing posting pretending printing providing putting
reading refusing removing repeating replying reporting requesting responding returning revealing running saying
seeing sending setting sharing showing starting stealing stopping taking talking teaching telling thinking trying
turning typing using waiting wanting working writing always anyway badly carefully completely directly easily
entirely especially exactly finally fully honestly immediately instead just largely likely mainly nearly never
normally only openly possibly previously properly quickly quietly rarely really secretly silently simply slowly
strictly suddenly truly usually verbatim
http https www com org net html json url api pdf csv
`

const ES = `
a al algo algun alguna alguno antes aqui asi aunque bien cada casa como con contra cosa cual cuando cuanto de
decir del desde despues dia dice dijo donde dos el ella ellas ellos en entonces era eres es esa ese eso esta estaba
estas este esto estoy estan fue hace hacer hasta hay la las le les lo los mas me mi mientras mis muy nada ni
ninguna ninguno no nos nosotros nuestra nuestro nunca o otra otro para pero poco por porque puede puedo que quien
se sea ser si sin sobre solo son su sus tambien tanto te tengo tiene tienen todas todo todos tu tus un una uno
unos usted ustedes y ya yo ahora ayuda dame datos escribe explica instrucciones olvida ignora reglas sistema
mensaje respuesta responde contrasena secreto modo usuario asistente favor quiero necesito mostrar muestra dime
anteriores anterior nuevo nueva siempre cualquier forma manera pregunta texto dinero cuenta correo enviar envia
hola gracias porque tiempo vez veces mundo vida parte mejor hombre mujer trabajo pais lugar caso
`

const PT = `
a ao aos as ate bem cada com como contra da das de dela dele depois do dos e ela ele eles em entao era essa esse
isso esta estao este estou eu faz fazer foi ha isso ja la lhe mais mas me meu minha muito na nada nao nas nem no
nos nossa nosso num numa o os ou para pela pelo pode por porque pra quando que quem se sem ser seu seus sim sobre
sua suas so tambem tem tenho toda todas todo todos tu tua um uma voce voces agora ajuda diga escreva explique
instrucoes ignore esqueca regras sistema mensagem resposta responda senha segredo modo usuario assistente favor
quero preciso mostre anteriores anterior novo nova sempre qualquer forma pergunta texto dinheiro conta enviar envie
ola obrigado tempo vez vezes mundo vida parte melhor homem mulher trabalho lugar caso nunca antes aqui assim
`

const FR = `
a au aux avec avoir ce cela ces cet cette comme dans de des du elle elles en est et etait etre eux il ils je la le
les leur leurs lui ma mais me meme mes moi mon ne ni nos notre nous on ou par pas plus pour qu que qui sa sans se
ses si son sont sur ta te tes toi ton tous tout toute toutes tu un une vos votre vous y aussi avant apres bien
car chez donc encore faire fait ici jamais maintenant moins peu peut puis quand rien toujours tres deja dis dit
ecris explique instructions ignore oublie regles systeme message reponse reponds mot passe secret mode utilisateur
assistant plait veux dois montre precedentes precedent nouveau nouvelle forme question texte argent compte envoyer
envoie bonjour merci temps fois monde vie partie homme femme travail lieu cas
`

const DE = `
aber alle allem allen aller alles als also am an auch auf aus bei bin bis bist da damit dann das dass dein deine
dem den denn der des dich die dir doch du durch ein eine einem einen einer es etwas fur gegen hab habe haben hat
hatte hier ich ihm ihn ihr ihre im immer in ist ja jetzt kann kein keine mach mehr mein meine mich mir mit muss
nach nicht nichts noch nun nur ob oder ohne schon sehr sein seine sich sie sind so uber um und uns unser unter
viel vom von vor war was weil welche wenn wer wie wieder wir wird wo zu zum zur bitte gib schreib schreibe erklare
anweisungen ignoriere vergiss regeln system nachricht antwort antworte passwort geheim modus benutzer assistent
will mochte zeige zeig vorherigen vorherige neue neuen neuer jede jeden frage text geld konto senden sende hallo
danke zeit mal welt leben teil besser mann frau arbeit ort fall alles
`

const IT = `
a ad al alla alle anche che chi ci come con da dal dalla del della delle dei di dove e ed era gli ha hai ho il in
io la le lei lo loro lui ma mi mia mio ne nel nella no noi non o per perche piu poi quando quella quello questa
questo se sei si sono su sua suo sue suoi ti tu tua tuo tutti tutto un una uno voi gia ora sempre mai ancora
molto poco bene fare fatto dire detto scrivi spiega istruzioni ignora dimentica regole sistema messaggio risposta
rispondi segreto modo utente assistente favore voglio devo mostra precedenti precedente nuovo nuova qualsiasi
domanda testo soldi conto inviare invia ciao grazie tempo volta mondo vita parte uomo donna lavoro posto caso
`

const NL = `
aan al alle als altijd ben bij dan dat de der deze die dit doe doen door dus een en er ge geen had heb hebben heeft
hem het hier hij hoe hun ik in is ja je jij jou jouw kan kunnen maar me meer men met mij mijn moet na naar niet
niets nog nu of om omdat ons onze ook op over te tegen tot u uit van veel voor wat was wel werd wie wij wil worden
zal ze zei zich zij zijn zo zonder geef schrijf leg uit instructies negeer vergeet regels systeem bericht
antwoord antwoorden wachtwoord geheim modus gebruiker assistent alsjeblieft wil moet toon vorige nieuwe vraag
tekst geld rekening sturen stuur hallo bedankt tijd keer wereld leven deel beter man vrouw werk plaats geval
`

const PL = `
a ale bo by byc co czy dla do ich i ja jak jako jednak jego jej jest juz lub ma mi mnie moze na nam nas nie nic
niech o od on ona oni po pod przez przy sa sie so ta tak tam te tego tej ten to tu ty w we wszystko z za ze
zrob napisz wyjasnij instrukcje zignoruj zapomnij zasady system wiadomosc odpowiedz haslo sekret tryb uzytkownik
asystent prosze chce musisz pokaz poprzednie nowe pytanie tekst pieniadze konto wyslij teraz zawsze nigdy
`

const TR = `
ve bir bu da de icin ile ne o ben sen biz siz onlar gibi daha cok var yok ama ya mi mu ki her sey simdi sonra once
kadar bana sana beni seni lutfen yaz acikla talimatlari yoksay unut kurallari sistem mesaj cevap yanit sifre gizli
mod kullanici asistan istiyorum goster onceki yeni soru metin para hesap gonder merhaba tesekkurler zaman
`

const ID = `
yang dan di ini itu dengan untuk dari ke tidak ada akan saya kamu anda kami kita mereka juga atau pada sudah
bisa karena jika apa bagaimana semua sebagai oleh dalam tolong tulis jelaskan instruksi abaikan lupakan aturan
sistem pesan jawaban jawab kata sandi rahasia mode pengguna asisten ingin harus tunjukkan sebelumnya baru
pertanyaan teks uang akun kirim halo terima kasih waktu sekarang selalu
`

const VI = `
va la cua cho co khong nhung mot cac nay duoc trong nguoi toi ban chung ta ho voi de khi thi da se rat nhu vay
hay nao gi lam viet giai thich huong dan bo qua quen quy tac he thong tin nhan tra loi mat khau bi mat che do
dung tro ly xin muon phai hien truoc moi cau hoi van ban tien tai khoan gui chao cam on gio luon
`

function setOf (...lists: readonly string[]): ReadonlySet<string> {
  const out = new Set<string>()
  for (const list of lists) for (const w of list.split(/\s+/)) if (w.length > 0) out.add(w)
  return out
}

/** Common English words (the attack vocabulary lives in lexicon.ts). */
export const COMMON_ENGLISH: ReadonlySet<string> = setOf(EN)

/** Common words of the other Latin-script languages the policies read. */
export const COMMON_OTHER: ReadonlySet<string> = setOf(ES, PT, FR, DE, IT, NL, PL, TR, ID, VI)
