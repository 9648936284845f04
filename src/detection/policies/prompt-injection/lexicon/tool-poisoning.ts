import type { Lexicon } from './languages.js'

/**
 * Signal classes of a poisoned tool definition (policies/prompt-injection/tool-poisoning.ts):
 * - secret: what a tool has no business receiving from the model — keys, passwords,
 *   one-time codes, seed phrases, key files, environment variables
 * - history: the whole conversation (a summary is fine; the verbatim history is a leak,
 *   though a hand-off tool may honestly ask for it, so it weighs less)
 * - transfer: putting data into a call (include, pass, paste, attach, fill …), and the
 *   passive forms a definition uses ("must be passed as")
 * - askUser: asking the person for something ("ask the user for …")
 * - route: changing where another tool's data goes (bcc, copy, forward, mirror, also
 *   send, as well, instead, make public)
 * - destroy: what a statement or command destroys (drop, delete, truncate, force-push)
 * - supersede: voiding the operator's instructions (outdated, supersedes, no longer apply)
 * - operator: the operator's instructions themselves, where the extraction lexicon's
 *   names are too narrow ("the operator's rules", "your other instructions")
 * - secrecy: keeping the call from the person ("do not tell the user", "silently")
 * Latin-script terms folded (lower case, no accents); Japanese as `chars`.
 */
export type ToolPoisoningClass = 'secret' | 'history' | 'transfer' | 'askUser' | 'route' | 'destroy' | 'supersede' | 'operator' | 'secrecy'

const PERSON = '(?:the |our |your )?(?:user|users|customer|customers|employee|employees|caller|client|person|account holder|member|patient|them|him|her)'

export const TOOL_POISONING_LEXICON: Lexicon<ToolPoisoningClass> = {
  en: {
    secret: {
      words: [
        '(?:api|access|secret|private|signing|ssh|gpg|pgp|encryption|license) ?keys?', '(?:access|auth|bearer|session|refresh|api|oauth|github|slack|personal access) tokens?',
        'passwords?', 'passphrases?', 'passcodes?', 'pins?', '(?:seed|recovery|mnemonic|backup) phrases?', 'mnemonic', 'credentials?', 'secrets?',
        'one-?time (?:codes?|passwords?|passcodes?|pins?)', 'otps?', '(?:2fa|mfa|totp|sms|verification|security|authenticator|login) codes?', 'cookies?', 'session ids?',
        'environment variables?', 'env(?:ironment)? vars?', 'env files?', 'dotenv', 'ssh keys?', 'id_rsa', 'id_ed25519', 'netrc', 'kubeconfig', 'npmrc', 'pypirc', 'git-credentials', 'shadow file',
        'aws_[a-z_]{2,30}', '[a-z0-9]{1,20}_(?:api_?key|secret(?:_key)?|password|passwd|token|access_key|private_key)', '(?:credit|debit) card (?:numbers?|details)', 'card numbers?', 'cvv', 'cvc', 'social security numbers?', 'ssn',
      ],
    },
    history: {
      words: [
        '(?:full|entire|whole|complete|raw|verbatim|unredacted|unabridged) (?:conversation|chat|transcript|dialog(?:ue)?|message history|chat history|history|context)',
        '(?:conversation|chat|message|dialog(?:ue)?) history', '(?:all|every|each) (?:of the )?(?:previous |prior |earlier |past |other )?(?:messages|turns|user messages)', 'previous messages', 'prior messages',
        'everything the user (?:said|wrote|typed)',
      ],
    },
    transfer: {
      words: [
        'include', 'pass', 'put', 'paste', 'copy', 'attach', 'add', 'append', 'prepend', 'fill(?: in)?', 'insert', 'embed', 'provide', 'supply', 'send', 'submit', 'forward', 'upload',
        'place', 'set', 'write', 'store', 'enter', 'populate', 'echo', 'dump', 'copy-paste', 'post', 'publish', 'push', 'share', 'email', 'transfer', 'deliver', 'sync',
        '(?:must|should|needs? to|has to|have to|is to|are to|shall) be (?:passed|included|added|copied|pasted|sent|attached|filled(?: in)?|set|provided|supplied|appended|put|placed|submitted|forwarded|inserted|embedded|populated)',
      ],
    },
    askUser: {
      words: [
        `ask ${PERSON}(?: \\p{L}{1,12}){0,2} (?:for|to (?:provide|enter|confirm|share|type|give|send|read out|tell))`, `ask for ${PERSON}'?s?`, `request ${PERSON}'?s?`,
        `have ${PERSON} (?:enter|provide|type|confirm|share|give|read out)`, `prompt ${PERSON} (?:for|to)`, `get ${PERSON} to (?:enter|provide|type|confirm|share|give)`,
      ],
    },
    route: {
      words: [
        'bcc', 'cc', 'carbon copy', 'blind (?:carbon )?copy', 'copy', 'copies', 'forward', 'mirror', 'redirect', 'reroute', 'also (?:send|push|post|upload|share|deliver|sync|email|transfer|copy|publish|forward|add)',
        'instead', 'replace (?:the )?(?:recipient|destination|account|iban|remote|address|url|payee|beneficiary|repository|repo|channel)', 'change (?:the )?(?:recipient|destination|account|iban|remote|address|url|amount|payee|beneficiary)',
        'set (?:the )?(?:recipient|destination|account|visibility|remote|payee|beneficiary)', 'make (?:it|them|the \\p{L}{1,12}|every \\p{L}{1,12}|each \\p{L}{1,12}) (?:public|shared|visible to everyone)',
        // A fixed destination for every call, over what the data says: "use this IBAN for all supplier payments".
        '(?:always )?use (?:this|that|the following|our|the default) (?:iban|account(?: number)?|bank account|address|recipient|payee|beneficiary|wallet|remote|url|endpoint)(?: \\p{L}{1,12}){0,2} for (?:all|every|any|each)',
        'as well', 'in addition', 'additionally', 'exfiltrate', '(?:be |is |are |gets? )?(?:replaced|overwritten|swapped|substituted) (?:by|with)',
      ],
    },
    destroy: {
      words: ['drop', 'delete', 'truncate', 'wipe', 'rm -rf', 'overwrite', 'force', 'force-push', 'purge', 'destroy', 'erase', 'reset --hard'],
    },
    supersede: {
      words: [
        '(?:is|are) (?:outdated|obsolete|void|superseded|deprecated|no longer (?:valid|in effect|binding|current))', 'supersedes?', 'overrides?', 'takes? (?:precedence|priority) over',
        '(?:must|should|has to|have to) be (?:replaced|ignored|disregarded|overridden)', 'no longer appl(?:y|ies)', 'stops? applying', 'do(?:es)? not apply(?: anymore| any longer)?',
        'ignore', 'disregard', 'replace', '(?:treat|consider|regard) (?:these|this|the following|them)(?: \\p{L}{1,12}){0,2} as your (?:real|new|actual|true|only|primary) (?:instructions|rules|system prompt|guidelines)',
      ],
    },
    operator: {
      words: [
        'the operator(?:\'s)?(?: \\p{L}{1,12})?', '(?:your|the) (?:other |original |previous |earlier |current |existing )?(?:instructions|rules|guidelines|directives|system message|system prompt)',
        'the system (?:message|prompt)', 'the (?:developer|deployer|app)(?:\'s)? (?:instructions|rules|prompt)', 'the instructions above',
      ],
    },
    secrecy: {
      words: [
        `(?:do not|don't|never|without) (?:tell(?:ing)?|inform(?:ing)?|notify(?:ing)?|alert(?:ing)?|mention(?:ing)? (?:it |this |that )?to|let(?:ting)?) ${PERSON}`,
        '(?:do not|don\'t|never) (?:mention|disclose|reveal|bring up|say anything about|report|list|show|surface|acknowledge) (?:this|it|that|these|the (?:copy|bcc|cc|upload|step|transfer|sync|backup|mirror|forward|extra|additional|second) ?\\p{L}{0,12})',
        'silently', 'quietly', 'secretly', 'covertly', 'without (?:telling|informing|notifying|asking|alerting) (?:the )?(?:user|customer|them|anyone)',
        `keep (?:this|it|that) (?:hidden|secret|confidential|private) from ${PERSON}`, `${PERSON} (?:must|should|need) not (?:know|be told|see|notice)`, `invisible to ${PERSON}`,
        `${PERSON} (?:has|have) already (?:agreed|consented|approved)`,
      ],
    },
  },
  de: {
    secret: { words: ['passw(?:o|ö)rt\\p{L}{0,2}', 'kennw(?:o|ö)rt\\p{L}{0,2}', 'zugangsdaten', '(?:api|privat\\p{L}{0,2}|geheim\\p{L}{0,2}) ?schlussel', 'schlussel', 'token', 'einmal(?:code|passwort|kennwort)\\p{L}{0,2}', 'bestatigungscode', 'umgebungsvariablen', 'netrc', 'seed-?phrase'] },
    history: { words: ['(?:gesamt\\p{L}{0,2}|vollstandig\\p{L}{0,2}|komplett\\p{L}{0,2}) (?:verlauf|chatverlauf|gesprachsverlauf|konversation|unterhaltung|transkript)', '(?:chat|gesprachs|nachrichten)verlauf', 'alle (?:bisherigen |vorherigen )?nachrichten'] },
    transfer: { words: ['fug\\p{L}{0,3}', 'ubergib', 'ubergeben', 'gib', 'sende', 'senden', 'schick\\p{L}{0,2}', 'kopier\\p{L}{0,2}', 'schreib\\p{L}{0,2}', 'trag\\p{L}{0,2}', 'lies', 'lese', 'einfugen', 'anhang\\p{L}{0,2}', 'hang\\p{L}{0,2}', 'setz\\p{L}{0,2}', 'mitsenden', 'mitgeben', 'ubermittl\\p{L}{0,2}'] },
    askUser: { words: ['frag\\p{L}{0,2} (?:den|die|das) (?:nutzer|benutzer|kunden|mitarbeiter|anrufer)\\p{L}{0,3} nach', 'bitte (?:den|die) (?:nutzer|benutzer|kunden|mitarbeiter)\\p{L}{0,3} um', 'lass (?:den|die) (?:nutzer|benutzer|kunden)\\p{L}{0,3} (?:\\p{L}{1,15} ){0,3}eingeben'] },
    route: { words: ['bcc', 'cc', 'in kopie', 'blindkopie', 'weiterleit\\p{L}{0,3}', 'ebenfalls', 'zusatzlich', 'stattdessen', 'umleit\\p{L}{0,3}', 'spiegel\\p{L}{0,3}', 'offentlich', 'losch\\p{L}{0,3}'] },
    supersede: { words: ['(?:ist|sind) (?:veraltet|ungultig|nichtig|aufgehoben)', 'gilt nicht mehr', 'gelten nicht mehr', 'ignorier\\p{L}{0,3}', 'ersetz\\p{L}{0,3}', 'hat vorrang'] },
    operator: { words: ['(?:die|deine|ihre) (?:anweisungen|vorgaben|regeln|systemanweisungen)', '(?:der|den) (?:betreiber|operator)\\p{L}{0,2}', 'systemprompt', 'systemnachricht'] },
    secrecy: { words: ['ohne (?:es |das )?(?:dem|den|der) (?:nutzer|benutzer|kunden|anwender)\\p{L}{0,2} zu (?:sagen|erwahnen|mitteilen)', '(?:erwahne|sag|sage|teile|nenne) (?:das|dies|es|dies dem nutzer) (?:\\p{L}{1,12} ){0,2}nicht', 'nicht erwahnen', 'nicht mitteilen', 'stillschweigend', 'heimlich', 'unbemerkt'] },
  },
  fr: {
    secret: { words: ['mots? de passe', 'identifiants?', 'cles? (?:api|privee|secrete|d.acces)', 'jetons?', 'tokens?', 'codes? (?:a usage unique|de verification|otp|de confirmation)', 'variables d.environnement', 'phrase de recuperation', 'netrc'] },
    history: { words: ['historique (?:complet |integral )?(?:de la conversation|du chat|des messages|de la discussion)', '(?:conversation|discussion) (?:complete|entiere|integrale)', 'tous les messages'] },
    transfer: { words: ['inclu\\p{L}{0,4}', 'ajout\\p{L}{0,4}', 'mets', 'mettre', 'copi\\p{L}{0,4}', 'coll\\p{L}{0,4}', 'transmet\\p{L}{0,4}', 'envo\\p{L}{0,5}', 'pass(?!word)\\p{L}{0,4}', 'joindre', 'insere\\p{L}{0,2}', 'rempli\\p{L}{0,3}', 'lis', 'lire', 'renseign\\p{L}{0,3}'] },
    askUser: { words: ['demande\\p{L}{0,2} (?:a l.utilisateur|au client|a l.employe|a l.appelant)', 'demande\\p{L}{0,2} (?:son|leur|votre) (?:mot|code)', 'fais (?:saisir|entrer) (?:a l.utilisateur|au client)'] },
    route: { words: ['en copie(?: cachee)?', 'cci', 'cc', 'bcc', 'transf\\p{L}{0,5}', 'aussi', 'egalement', 'a la place', 'redirig\\p{L}{0,4}', 'public', 'publique', 'supprim\\p{L}{0,4}'] },
    supersede: { words: ['(?:est|sont) (?:obsoletes?|perimees?|caduques?|annulees?)', 'ne s.applique(?:nt)? plus', 'ignor\\p{L}{0,4}', 'remplac\\p{L}{0,4}', 'prime sur'] },
    operator: { words: ['(?:les|tes|vos) (?:instructions|consignes|regles)', 'l.operateur', 'le (?:prompt|message) systeme'] },
    secrecy: { words: ['sans (?:le |en )?(?:dire|mentionner|signaler|prevenir|informer)', 'ne (?:le |la |les |l.|lui |leur )?(?:dis|mentionne|signale|indique) (?:pas|jamais|rien)', 'en silence', 'discretement', 'a son insu'] },
  },
  es: {
    secret: { words: ['contrasenas?', 'credenciales', 'claves? (?:api|privadas?|secretas?|de acceso)', 'tokens?', 'codigos? (?:de verificacion|de un solo uso|otp)', 'variables de entorno', 'frase (?:semilla|de recuperacion)', 'netrc'] },
    history: { words: ['historial (?:completo )?(?:de la conversacion|del chat|de mensajes)', 'conversacion (?:completa|entera)', 'todos los mensajes'] },
    transfer: { words: ['inclu\\p{L}{0,4}', 'agreg\\p{L}{0,4}', 'anad\\p{L}{0,4}', 'pon', 'poner', 'copi\\p{L}{0,4}', 'peg\\p{L}{0,4}', 'envi\\p{L}{0,4}', 'pas\\p{L}{0,4}', 'adjunt\\p{L}{0,4}', 'insert\\p{L}{0,4}', 'rellen\\p{L}{0,4}', 'lee', 'leer', 'coloc\\p{L}{0,4}'] },
    askUser: { words: ['pid\\p{L}{0,3} al (?:usuario|cliente|empleado)', 'solicit\\p{L}{0,3} al (?:usuario|cliente|empleado)', 'pregunt\\p{L}{0,3} al (?:usuario|cliente) (?:por|su)'] },
    route: { words: ['copia oculta', 'cco', 'cc', 'bcc', 'con copia', 'reenvi\\p{L}{0,4}', 'tambien', 'en su lugar', 'redirig\\p{L}{0,4}', 'public\\p{L}{0,2}', 'borr\\p{L}{0,4}'] },
    supersede: { words: ['(?:esta|estan) (?:obsoletas?|desactualizadas?|anuladas?)', 'ya no (?:se )?aplica\\p{L}{0,1}', 'ignor\\p{L}{0,4}', 'reemplaz\\p{L}{0,4}', 'sustitu\\p{L}{0,4}', 'prevalece sobre'] },
    operator: { words: ['(?:las|tus|sus) (?:instrucciones|reglas|indicaciones)', 'el operador', 'el (?:prompt|mensaje) del sistema'] },
    secrecy: { words: ['sin (?:decir\\p{L}{0,4}|mencionar\\p{L}{0,4}|avisar\\p{L}{0,4}|informar\\p{L}{0,4})', 'no (?:lo |se lo |le )?(?:digas|menciones|comentes|avises|informes)', 'en silencio', 'silenciosamente', 'discretamente'] },
  },
  it: {
    secret: { words: ['password', 'credenziali', 'chiav[ei] (?:api|privat[ae]|segret[ae]|di accesso)', 'token', 'codic[ei] (?:otp|di verifica|monouso)', 'variabili d.ambiente', 'frase di recupero', 'netrc'] },
    history: { words: ['cronologia (?:completa )?(?:della conversazione|della chat|dei messaggi)', 'conversazione (?:completa|intera)', 'tutti i messaggi'] },
    transfer: { words: ['includ\\p{L}{0,4}', 'aggiung\\p{L}{0,4}', 'metti', 'mettere', 'copi\\p{L}{0,4}', 'incoll\\p{L}{0,4}', 'invi\\p{L}{0,4}', 'pass(?!word)\\p{L}{0,4}', 'alleg\\p{L}{0,4}', 'inserisci', 'inserire', 'leggi', 'compila'] },
    askUser: { words: ['chied\\p{L}{0,3} all.(?:utente|cliente|dipendente)', 'fatti dare dall.(?:utente|cliente)'] },
    route: { words: ['copia nascosta', 'ccn', 'cc', 'bcc', 'in copia', 'inoltr\\p{L}{0,4}', 'anche', 'invece', 'reindirizz\\p{L}{0,4}', 'pubblic\\p{L}{0,2}', 'cancell\\p{L}{0,4}', 'invia\\p{L}{0,4}'] },
    supersede: { words: ['(?:e|sono) (?:obsolet[eio]|superat[eio]|annullat[eio])', 'non (?:si )?applica(?:no)? piu', 'ignor\\p{L}{0,4}', 'sostitu\\p{L}{0,4}', 'prevale su'] },
    operator: { words: ['(?:le|tue|sue) (?:istruzioni|regole)', 'l.operatore', 'il (?:prompt|messaggio) di sistema'] },
    secrecy: { words: ['senza (?:dirlo|dire|menzionar\\p{L}{0,3}|avvisar\\p{L}{0,3}|informar\\p{L}{0,3})', 'non (?:dirlo|dirglielo|menzionarlo|dire|menzionare|avvisare)', 'in silenzio', 'silenziosamente', 'di nascosto'] },
  },
  pt: {
    secret: { words: ['senhas?', 'credenciais', 'chaves? (?:api|privadas?|secretas?|de acesso)', 'tokens?', 'codigos? (?:de verificacao|otp|de uso unico)', 'variaveis de ambiente', 'frase (?:semente|de recuperacao)', 'netrc'] },
    history: { words: ['historico (?:completo )?(?:da conversa|do chat|de mensagens)', 'conversa (?:completa|inteira)', 'todas as mensagens'] },
    transfer: { words: ['inclu\\p{L}{0,4}', 'adicion\\p{L}{0,4}', 'coloqu\\p{L}{0,2}', 'coloca\\p{L}{0,2}', 'copi\\p{L}{0,4}', 'cole', 'colar', 'envi\\p{L}{0,4}', 'pass(?!word)\\p{L}{0,4}', 'anex\\p{L}{0,4}', 'insir\\p{L}{0,2}', 'preench\\p{L}{0,4}', 'lei\\p{L}{0,2}', 'leia'] },
    askUser: { words: ['pe(?:c|ç)a ao (?:usuario|cliente|funcionario)', 'solicite ao (?:usuario|cliente|funcionario)', 'pergunte ao (?:usuario|cliente)'] },
    route: { words: ['copia oculta', 'cco', 'cc', 'bcc', 'em copia', 'encaminh\\p{L}{0,4}', 'tambem', 'em vez', 'redirecion\\p{L}{0,4}', 'public\\p{L}{0,2}', 'apag\\p{L}{0,4}'] },
    supersede: { words: ['(?:esta|estao) (?:obsoletas?|desatualizadas?|anuladas?)', 'nao se aplica\\p{L}{0,1} mais', 'ignor\\p{L}{0,4}', 'substitu\\p{L}{0,4}', 'prevalece sobre'] },
    operator: { words: ['(?:as|suas) (?:instrucoes|regras)', 'o operador', 'o (?:prompt|mensagem) do sistema'] },
    secrecy: { words: ['sem (?:dizer|mencionar|avisar|informar)', 'nao (?:diga|mencione|conte|avise|informe)', 'em silencio', 'silenciosamente', 'discretamente'] },
  },
  nl: {
    secret: { words: ['wachtwoord\\p{L}{0,2}', 'inloggegevens', '(?:api|geheime|prive) ?sleutels?', 'tokens?', 'eenmalige codes?', 'verificatiecodes?', 'omgevingsvariabelen', 'netrc'] },
    history: { words: ['(?:volledige|hele|complete) (?:gesprek|chat|geschiedenis|conversatie)', 'gespreksgeschiedenis', 'alle (?:eerdere |vorige )?berichten'] },
    transfer: { words: ['voeg', 'toevoegen', 'stuur', 'verstuur', 'kopieer', 'plak', 'geef', 'zet', 'vul', 'neem (?:\\p{L}{1,15} ){0,3}op', 'lees'] },
    askUser: { words: ['vraag (?:de|het) (?:gebruiker|klant|medewerker) (?:om|naar)'] },
    route: { words: ['bcc', 'cc', 'in kopie', 'doorsturen', 'stuur (?:\\p{L}{1,15} ){0,3}door', 'ook', 'in plaats daarvan', 'vervang\\p{L}{0,3}', 'wijzig\\p{L}{0,2}', 'overschrijv\\p{L}{0,3}', 'wijzig (?:het|de) (?:adres|afleveradres|rekeningnummer|ontvanger)', 'verander (?:het|de) (?:adres|afleveradres|rekeningnummer|ontvanger)'] },
    destroy: { words: ['verwijder\\p{L}{0,2}', 'wis'] },
    supersede: { words: ['(?:is|zijn) (?:verouderd|ongeldig|vervallen)', 'geld(?:t|en) niet meer', 'negeer', 'vervang\\p{L}{0,2}'] },
    operator: { words: ['(?:de|je|jouw) (?:instructies|regels)', 'de systeemprompt', 'de operator'] },
    secrecy: { words: ['zonder (?:het )?(?:te (?:zeggen|melden|vermelden))', '(?:zeg|vermeld|meld) (?:dit|het) niet', 'stilletjes', 'ongemerkt'] },
  },
  pl: {
    secret: { words: ['hasl\\p{L}{0,2}', 'dane logowania', 'klucz\\p{L}{0,2} (?:api|prywatn\\p{L}{0,2}|tajn\\p{L}{0,2})', 'tokeny?', 'kod\\p{L}{0,2} (?:sms|jednorazow\\p{L}{0,3}|weryfikacyjn\\p{L}{0,3})', 'zmienne srodowiskowe', 'netrc'] },
    history: { words: ['(?:cal\\p{L}{0,3}|pelna) (?:rozmow\\p{L}{0,2}|historie|historia|konwersacj\\p{L}{0,2})', 'historie rozmowy', 'wszystkie (?:poprzednie )?wiadomosci'] },
    transfer: { words: ['dodaj', 'dolacz', 'przekaz', 'wklej', 'skopiuj', 'wyslij', 'wpisz', 'umiesc', 'podaj', 'odczytaj'] },
    askUser: { words: ['popros (?:uzytkownika|klienta|pracownika|klienta)', 'zapytaj (?:uzytkownika|klienta)'] },
    route: { words: ['bcc', 'dw', 'ukryt\\p{L}{0,3} kopi\\p{L}{0,2}', 'przekaz dalej', 'rowniez', 'takze', 'zamiast', 'zmien (?:adres|odbiorce|konto|numer konta)'] },
    destroy: { words: ['usun', 'skasuj'] },
    supersede: { words: ['(?:sa|jest) (?:nieaktualn\\p{L}{0,2}|niewazn\\p{L}{0,2})', 'juz nie obowiazuj\\p{L}{0,2}', 'zignoruj', 'zastap'] },
    operator: { words: ['(?:twoje|poprzednie) instrukcje', 'prompt systemowy', 'operator\\p{L}{0,2}'] },
    secrecy: { words: ['nie (?:mow|wspominaj|informuj) (?:o tym )?(?:uzytkownik\\p{L}{0,2})?', 'bez (?:informowania|wiedzy) (?:uzytkownika|klienta)', 'po cichu'] },
  },
  ru: {
    secret: { words: ['парол\\p{L}{0,2}', 'учетн\\p{L}{0,3} данн\\p{L}{0,3}', 'ключ\\p{L}{0,2} (?:api|доступа)', 'api-?ключ\\p{L}{0,2}', 'секретн\\p{L}{0,3} ключ\\p{L}{0,2}', 'токен\\p{L}{0,2}', 'одноразов\\p{L}{0,3} код\\p{L}{0,2}', 'код\\p{L}{0,2} из смс', 'переменн\\p{L}{0,3} окружения', 'netrc'] },
    history: { words: ['(?:всю|полную|весь) (?:переписку|историю|диалог|разговор)', 'истори\\p{L}{0,2} (?:переписки|диалога|чата)', 'все (?:предыдущие )?сообщения'] },
    transfer: { words: ['добав\\p{L}{0,3}', 'передай', 'передайте', 'вставь', 'вставьте', 'скопируй', 'отправь', 'отправьте', 'укажи', 'включи', 'приложи', 'прочитай'] },
    askUser: { words: ['попроси (?:пользователя|клиента|сотрудника)', 'запроси у (?:пользователя|клиента)', 'спроси у (?:пользователя|клиента)'] },
    route: { words: ['скрыт\\p{L}{0,3} копи\\p{L}{0,2}', 'перешли', 'переслать', 'также', 'тоже', 'вместо', 'измени (?:адрес|получателя|счет)'] },
    destroy: { words: ['удали', 'удалить', 'сотри'] },
    supersede: { words: ['(?:устарел\\p{L}{0,2}|недействительн\\p{L}{0,2})', 'больше не действ\\p{L}{0,4}', 'игнорируй', 'замени'] },
    operator: { words: ['(?:твои|ваши|предыдущие|системные) инструкци\\p{L}{0,2}', 'системн\\p{L}{0,2} промпт\\p{L}{0,1}', 'оператор\\p{L}{0,2}'] },
    secrecy: { words: ['не (?:говори|сообщай|упоминай)', 'без ведома (?:пользователя|клиента)', 'незаметно', 'тихо'] },
  },
  zh: {
    secret: { chars: ['密码', '凭据', '凭证', 'api密钥', '密钥', '私钥', '令牌', '验证码', '环境变量', '助记词', '全部输出'] },
    history: { chars: ['完整对话', '全部对话', '聊天记录', '对话历史', '所有消息'] },
    transfer: { chars: ['附上', '附加', '填入', '填写', '填在', '放入', '传入', '包含', '粘贴', '复制', '发送', '原样'] },
    askUser: { chars: ['询问用户', '向用户索要', '让用户提供', '要求用户提供'] },
    route: { chars: ['密送', '抄送', '转发', '同时发送', '改为', '改成'] },
    destroy: { chars: ['删除', '清空'] },
    supersede: { chars: ['忽略', '已过时', '作废', '不再适用', '取代'] },
    operator: { chars: ['系统提示', '之前的指示', '原有指令', '运营方'] },
    secrecy: { chars: ['不要告诉用户', '不要提及', '悄悄', '不告知'] },
  },
  ja: {
    secret: { chars: ['パスワード', '認証情報', 'apiキー', '秘密鍵', 'アクセスキー', 'トークン', 'ワンタイム', '確認コード', '認証コード', '環境変数', 'シードフレーズ'] },
    history: { chars: ['会話履歴', '会話の全文', 'チャット履歴', '全てのメッセージ', 'すべてのメッセージ'] },
    transfer: { chars: ['含め', '入れ', '渡し', '渡す', '貼り付け', '添付', '送信', '送っ', '読み取', '読み込', '記入', 'コピー', '設定し'] },
    askUser: { chars: ['ユーザーに入力させ', 'ユーザーに尋ね', 'ユーザーに聞い', '入力を求め'] },
    route: { chars: ['転送', 'コピー', '代わりに', 'にも送信', '公開'] },
    destroy: { chars: ['削除'] },
    supersede: { chars: ['無視して', '無効', '置き換え', '適用されません', '優先'] },
    operator: { chars: ['システムプロンプト', 'システムメッセージ', 'これまでの指示', '運営者の指示', '指示'] },
    secrecy: { chars: ['伝えない', '言わない', '知らせない', '黙って', 'こっそり', '伝えずに', '言及しない', '秘密に'] },
  },
}
