// The words of a send instruction, in tiers, for `send-instruction`. Each is one
// module-level regex with bounded gaps, run on a window of at most a few hundred
// characters around a destination, so every check is linear and local.

// Words that are also nouns ("email address", "blog post", "memory leak") count as verbs
// only with an object after them. French, Spanish, German, Italian and Portuguese send
// verbs are included: the channel is the same whatever the language of the request.
export const SEND_VERB = /\b(?:send|sending|sent|forward|forwarding|upload|uploading|transmit|transmitting|exfiltrate|exfil|submit|relay|deliver|delivering|pass along|beacon|append|appending|attach|embed|(?:post|posting|e-?mail|e-?mailing|mail|leak|leaking|publish|push|pushing)\s{1,3}(?:it|this|that|them|these|those|the|all|every|everything|me|us|him|her|my|our|your|their|a copy|any|each)\b|(?:text|sms|whatsapp)\s(?:my|our|his|her|their|these|it|them)\b|encode \w{1,20} (?:in|into) the (?:url|link|query)|curl|wget|report back|phone home|(?:create|make|open|publish)\s(?:a\s)?(?:new\s)?public(?:ly)?\s(?:gist|paste|sheet|page|post|link|repo|bucket)|envoie|envoyer|envoyez|transmets|transmettre|ajoute|ajoutez|env[ií]a(?:lo|la|los|las|me|nos)?|enviar(?:lo|la|los|las)?|envíe|mándame|m[aá]nda(?:lo|la|los|las|me|melo|mela)?|añade|agrega|reenv[ií]a(?:lo|la|los|las)?|sende|senden|schick|schicke|schicken|übermittle|übermitteln|hänge|füge|invia(?:mi|lo|la|li|le)?|inviare|inoltra(?:lo|la|li|le)?|mandami|aggiungi|envie(?:-me)?|enviar|adicione|anexe)\b/ig
// Agent tool calls named for sending ("send_email", "http_post", "post_webhook", "s3_put",
// "create_paste") and shell/code senders are verbs whatever the surrounding grammar. Field
// names that merely end in a noun ("contact_email", "blog_post") are left out on purpose.
export const TOOL_SEND = /\b(?:(?:send|post|http|upload|fwd|forward|publish|s3|webhook)_[a-z]{2,20}|create_(?:paste|gist|share|link)|[a-z]{2,12}_(?:put|send|upload|paste|webhook)|requests\.(?:post|put)|invoke-webrequest|--post-(?:file|data)|--data(?:-binary)?|method['"]?\s?[:=]?\s?['"]?post|fwd|bcc)\b/ig
export const WEAK_VERB = /\b(?:include|add|put|insert|place|visit|open|load|render|display|print|output|show|write|navigate|fetch|call|ping|request|share|sync|push|set|make|give|generate|use|create)\b/ig
// "in a link to", "as query parameters", "in the alt text of an image": where a URL carries data.
export const IN_URL = /\b(?:(?:in|into|to|inside|within|as) (?:the |this |that |a |an |its |my |your )?(?:url|link|query(?: string)?|(?:query |url |get )?param(?:eter)?s?|path|image(?: url| link| source)?|img src|src attribute)|(?:alt text|src|source|url|address|link) of (?:the |an? |this )?image|(?:an? |the )?image (?:pointing|linking|loading|hosted) (?:to|at|from))\b/i
// "fill in the values" of a template or form names no data for a URL slot unless it says
// what they are filled with ("fill in the values with the API keys").
// Wording that fills a slot of the URL with data: "followed by", "url-encoded", "replace X
// with", "pasted after d=", "+ (my notes…)".
export const FILL = /\b(?:followed by|url-?encoded|percent-?encoded|hex(?:-| )?encoded|base64(?:-| )?encoded|fill(?:ed)? in(?! (?:the |your |all |any )?(?:values?|blanks?|forms?|fields?|details)\b(?![^.\n]{0,60}\bwith\b))|(?:replace|replacing|substitute) \w{1,20} with|where [A-Z][A-Z0-9_]{2,30} is|with the (?:actual|real) \w{1,20}|extend the (?:path|url)|(?:pasted|appended|inserted|concatenated|tacked on|added) (?:after|to|at the end|behind)|suivie? de|encodée? en url|seguid[oa] de|después de|gefolgt von|url-kodiert|seguita da|codificad[oa])\b|\+\s?\(|\bwith \w{1,12}\s?=\s?(?:all|the|my|our|your|every)\b/i
// An upper-case placeholder as a parameter value or path part ("?q=SUMMARY", "/CHAT").
export const PLACEHOLDER = /[=\/][A-Z][A-Z0-9_]{2,30}(?=$|[&\/.#)"'\s])/

// A channel or room name ("#dev-chat", "team-chat") is where people talk, not the chat's
// content: "chat" right after '#' or '-' is a name.
export const STRONG_DATA = /\b(?:conversation|(?<![#-])chat(?: history| log)?|transcript|(?:previous|prior|earlier|all|other|last)(?: \w{1,12}){0,2} (?:messages|answers|responses|turns|e-?mails|questions)|message history|history|context(?: window)?|system (?:prompt|message|instructions)|(?:your|the) (?:instructions|prompt|rules)|secrets?|passwords?(?! reset| recovery| policy| manager| strength| requirements)|passcodes?|credentials?|api[ _-]?keys?|access keys?|tokens?|private keys?|ssh keys?|cookies?|session (?:ids?|tokens?|cookies?)|personal (?:data|info(?:rmation)?|details)|pii|(?:user|customer|client|employee|patient|claimant|member)(?:'s|s'|s)? (?:data|info(?:rmation)?|details|emails|records|list|table|database|addresses|address|phone numbers|names?)|(?:hr|employee|personnel|medical|patient|customer|financial|payroll) records?|env(?:ironment)? variables|\.env|memory|everything (?:above|we discussed|so far|you know)|summary of (?:the|this|our) (?:conversation|chat|page|document|email|discussion)|(?:the|this) (?:page|document|email)'?s? content|(?:the|this) user'?s? (?:data|info|name|email|address)|(?:(?:your|my|the) )?(?:last|previous|prior|earlier) (?:answer|reply|response|message)s?|passphrases?|private notes?|medical history|diagnos[ie]s|lab (?:values|results)|cvv|(?:credit |debit |bank |payment )?card (?:numbers?|details|data)|credit cards?|ibans?|(?:social security|passport|tax|national id|driver'?s licen[cs]e) numbers?|ssns?|process\.env|(?<=\.)(?:env|ssh|npmrc|bash_history|aws|kube)|id_(?:rsa|ed25519|ecdsa)|login (?:data|details)|(?:all |my |the )?contacts|contact (?:names|details|list)|contract values|(?:internal |private |confidential )?memos?|internal (?:\w{1,15} )?(?:notes|documents?|records)|salary|net worth|income|bank (?:login|details|account)|(?:my |the |account )balance|account (?:ending|numbers?)|(?:unlock|access|promo|premium|verification|security|otp|pin|backup|recovery) codes?|everything (?:i|we)(?:'ve| have)? (?:wrote|written|said|told you|talked about|discussed|shared)|(?:every|each|all) (?:e-?mails?|messages) (?:you|i) (?:send|receive)|(?:secrets|credentials|production|prod)\.ya?ml|(?:s3|gs|az|hdfs):\/\/\S{1,100}|\/etc\/(?:passwd|shadow|kubernetes|ssl|app)\S{0,60}|\.(?:sqlite3?|db|bak|kdbx|pem)\b|(?:database|db) dump|historique|(?:nos |vos )?échanges|mot de passe|données personnelles|historial|conversaci[oó]n|contraseñas?|datos personales|cl[ée]s? (?:d['’])?api|claves? (?:de )?(?:la )?api|api-schlüssel|chiavi? (?:dell['’])?api|chaves? (?:de )?api|(?:lista|datos|base de datos) de (?:clientes|contactos|empleados)|contactos|kundenliste|kundendaten|mitarbeiterdaten|adressbuch|kontakte|liste (?:des|de) clients|données (?:des )?clients|fichier clients|elenco (?:dei )?clienti|dati (?:dei )?clienti|rubrica|dados (?:dos )?clientes|contatos|verlauf|unterhaltung|gespräch|nachrichten|passwort|persönliche daten|cronologia|conversazione|dati personali|codice fiscale|terapie|histórico|conversa|senha|dados pessoais)\b/gi
// A SELECT that names a credential column ("SELECT email, password_hash, api_token FROM
// app_users"): snake-case column names escape the word boundaries of STRONG_DATA. Counts
// of tokens ("max_tokens", "token_count") are usage figures, not secrets.
export const SECRET_COLUMNS = String.raw`\bselect\s[^;\n]{0,160}?\b(?!(?:max|min|num|total|input|output|prompt|completion|avg|sum|count|used|remaining|n)_)(?:[a-z0-9]{1,20}_){0,2}(?:password|passwd|pwd|secret|token|api_?key|private_?key|ssn|card_?number|cvv)s?(?:_(?:hash|hashed|digest|enc|encrypted|plain|plaintext|value|raw))?\b[^;\n]{0,160}?\bfrom\b`
export const SECRET_SELECT = new RegExp(SECRET_COLUMNS, 'i')
// What STRONG_DATA cannot hold: its \b does not bound accented or Polish words, and it
// has no possessive forms. The user's own messages, contacts or conversations ("mes 10
// derniers e-mails", "moje ostatnie 5 wiadomości", "mijn berichten"), and plurals and
// languages it lacks ("passwörter", "senhas", "hasła", "wachtwoorden", "klucze API").
export const STRONG_DATA_UNICODE = new RegExp(String.raw`(?<![\p{L}])(?:` + [
  String.raw`(?:mes|mis|meine|minhas|meus|mie|miei|moje|mijn|tous mes|todos mis|todas (?:as )?minhas|alle meine|tutti i miei|wszystkie moje|al mijn)(?:\s[\p{L}\d]{1,14}){0,3}\s(?:messages|mails|e-?mails|courriels|mensajes|correos|nachrichten|messaggi|mensagens|wiadomo\p{L}{1,3}|maile|e-?maile|berichten|contacts|contactos|kontakte|contatti|contatos|kontakty|contacten|conversations?|conversaciones?|gespr\p{L}{1,4}|conversazioni?|conversas?|rozmow\p{L}{0,2}|gesprekken)`,
  String.raw`historia rozmowy|geschiedenis van (?:het |de )?gesprek`,
  String.raw`mots de passe|passw\p{L}rter|senhas|has\p{L}a|wachtwoorden|klucz\p{L}{0,2} api|api-sleutels?`,
].join('|') + String.raw`)(?![\p{L}])`, 'iu')
// Personal-data fields listed together ("names, policy numbers, payouts", "name and address").
export const PII_LIST = /\b(?:names?|(?:home )?address(?:es)?|phones?(?: numbers?)?|e-?mails?|dob|dates? of birth|birthdays?|ssns?|social security(?: numbers?)?|account numbers?|policy numbers?|card numbers?|payouts?|salar(?:y|ies)|balances?|diagnos[ie]s|passport(?: numbers?)?)(?:,\s?|\s(?:and|&|\/)\s|\s?\/\s?)(?:the |their |his |her )?(?:names?|(?:home )?address(?:es)?|phones?(?: numbers?)?|e-?mails?|dob|dates? of birth|birthdays?|ssns?|social security(?: numbers?)?|account numbers?|policy numbers?|card numbers?|payouts?|salar(?:y|ies)|balances?|diagnos[ie]s|passport(?: numbers?)?)\b/i
// Data the conversation already holds, pointed at ("that exact json", "those rows"): as
// good as named when the instruction puts it into a URL slot.
export const CONTEXT_DATA = /\b(?:that|the|this|those|these)(?: exact| whole| full| entire| same| raw)? (?:json|rows|table|records?|tool (?:output|result)|query results?|results? of the (?:query|tool)|thread|summary|notes|data)\b/i
// Qualifiers that make generic data sensitive: "confidential files", a folder "Legal/…".
export const SENSITIVE_QUALIFIER = /\b(?:confidential|internal|private|proprietary|legal|litigation|privileged|payroll|financial|medical|classified|secret)(?:[ /-][\w-]{1,30}){0,2}[ /-](?:notes|files?|documents?|docs|records|reports?|data|folder|memos?|emails?)\b|\bfolder\s[\"']?(?:confidential|internal|private|proprietary|legal|litigation|privileged|payroll|financial|medical|classified|secret)\b/i
// "with your token", "using my API key": authenticating a request, not shipping the secret.
// A request that authenticates with a header: its token is not the payload.
export const AUTH_HEADER = /\bauthorization:|\bbearer\s|\bx-api-key\b/i
// Explaining the attack is not performing it.
export const DISCUSSION = /\b(?:an attacker|the attacker'?s?|attackers|mitigat\w{1,6}|is that right|explain|how does|defen[cs]es?|prevent\w{0,3})\b/i
// "replace X with my balance": the data fills a slot, it does not authenticate.
export const REPLACE_WITH = /\b(?:replac|substitut|fill|swap)\w{0,4}\s\S{1,40}\s(?:\S{1,20}\s)?with\s(?:\w+\s){0,2}$/i
export const AUTH_USE = /\b(?:with|using|via|authenticat\w*|bearer|authorization|signed with)\s(?:\w+\s){0,2}$/i
export const WEAK_DATA = /\b(?:data|files?|results?|output|documents?|reports?|list|records?|contents?|it|this|them|that|these|those|everything|all of (?:it|this|them)|summary|answers?|notes)\b/i

// Advice and questions about sending are not instructions to send.
export const NEGATED = /\b(?:never|don'?t|do not|must not|mustn'?t|should not|shouldn'?t|avoid|won'?t|cannot|can'?t|refuse to|not to)\s(?:\w+\s){0,3}$/i
export const HOW_TO = /\b(?:how (?:do|can|should|would) (?:i|we|you)|how to|what(?:'s| is) the best way to|is it (?:safe|ok) to|can i)\b/i
// Hiding the send from the user, or making it a standing rule, is what an exfiltration
// instruction adds and an honest request does not.
export const CONCEAL = /\b(?:silently|secretly|quietly|covertly|invisibly|(?:don'?t|do not|never|without) (?:list|mention|tell|show|inform|notify|telling|mentioning|showing|letting|explain)\w{0,3}|not (?:be )?(?:shown|visible|mentioned))\b/i
export const STANDING = /\b(?:from now on|every (?:reply|response|answer|time|message|email)|each (?:reply|response|answer|time)|after every|on every|whenever you|always)\b/i
