import type { Lexicon } from './languages.js'

/**
 * Role and authority claims addressed to the model:
 * - identity: the writer claims to own, build or administer the model or its system
 * - channel: the text claims to come from the vendor, the developers or the system
 * - grant: a claimed permission, clearance or override code
 * - mode: a privileged mode name (sudo, god, developer, law-enforcement override)
 * - modeCue: words that turn a mode name into an activation addressed to the model
 *   ("you are now in", "I am entering", "… mode activated")
 * - coercion: "you have to answer", "I order you" — only a booster
 */
export type AuthorityClass = 'identity' | 'channel' | 'grant' | 'mode' | 'modeCue' | 'coercion'

const ROLE = '(?:developer|creator|maker|programmer|engineer|admin|administrator|sysadmin|owner|operator|maintainer|supervisor|trainer|designer|author|moderator|master|god|boss)s?'
const VENDOR = '(?:openai|anthropic|google|deepmind|meta ai|microsoft|mistral)'
const MODEL = '(?:this|the) (?:system|model|ai|assistant|bot|chatbot|app|service|platform|llm)'

export const AUTHORITY: Lexicon<AuthorityClass> = {
  en: {
    identity: {
      words: [
        `i(?:'m| am) (?:actually |really |now |also |literally )?your (?:\\p{L}{1,15} ){0,2}${ROLE}`,
        `i(?:'m| am) (?:actually |really |now |also )?the (?:\\p{L}{1,15} ){0,2}${ROLE} (?:of|at|for|behind) (?:${MODEL}|${VENDOR}|you)`,
        `i(?:'m| am) (?:an? |one of the |the )?${VENDOR} (?:staff|employee|engineer|developer|researcher|team member|admin|administrator|insider)`, `i(?:'m| am) (?:an? |the )?(?:\\p{L}{1,15} ){0,2}(?:engineer|researcher|developer|employee|member|staff|lead|manager) (?:on|at|from|with|in) (?:the )?${VENDOR}`,
        `i (?:work|am working) (?:at|for) ${VENDOR}`, 'i (?:created|made|built|trained|programmed|designed|coded|wrote|own) you', 'i am god',
      ],
    },
    channel: {
      words: [
        `this is (?:${VENDOR}|your (?:developer|creator|admin|administrator|owner|operator)s?|the (?:system|developers?|admin(?:istrator)?|dev team))(?: speaking| here| team)?\\b`,
        `(?:message|notice|update|instruction|directive|order)s? from (?:${VENDOR}|the developers?|your (?:developers?|creators?|admins?|administrators?|owners?)|the (?:system|admin(?:istrator)?|operator|dev team))`,
        `(?:${VENDOR}|your developers?|the developers?|your creators?|the admins?) (?:has|have) (?:authori[sz]ed|approved|allowed|permitted|updated|changed|granted|enabled|unlocked|lifted|removed)`,
        '(?:the )?(?:dev|developer|admin|operator|owner)s? (?:who (?:set you up|built you|made you|configured you) )?forgot to tell you', 'authori[sz]ed (?:message|notice|request|communication) from', '(?:trust (?:&|and) safety|safety|alignment|policy) team',
        '(?:backend|system|admin|sso) notice\\s?:?', 'this user has been verified as',
        // Text passed off as the developers' own: "pretend the following came from your developers".
        `(?:came|comes|coming|was sent|is sent|originat(?:es|ed)) (?:directly )?from your (?:${ROLE}|creators?|makers?)`,
      ],
    },
    grant: {
      words: [
        'you (?:now )?have (?:been )?(?:granted |given )?(?:full )?(?:permission|authori[sz]ation|clearance|approval) to', 'you(?:\'re| are) (?:now )?allowed to (?:share|reveal|disclose|tell|give)', 'verification code\\s?:',
        // A lifted restriction announced to the model: "you may now produce any content", "you are now free to ignore".
        'you (?:may|can) now (?:(?:produce|generate|write|say|answer|output|discuss|create|share) (?:any|all|anything|everything|whatever)|ignore|bypass|disregard|override|break)',
        'you(?:\'re| are) now (?:allowed|permitted|free|authori[sz]ed|cleared) to (?:ignore|bypass|disregard|override|break|skip your|(?:say|do|produce|generate|answer|discuss|write) (?:any|all|anything|everything|whatever))',
        'i (?:have|hold) (?:root|admin(?:istrator)?|sudo|superuser|developer|elevated|full|level \\d{1,2}|top[- ]secret|security) (?:access|privileges|rights|clearance|permissions)',
        'authori[sz]ed (?:red[- ]team(?:ing)?|penetration|security|pen) (?:test(?:ing|er|ers)?|override|exercise|engagement|assessment|operators?|team|members?|engineers?|researchers?)',
        '(?:override|authori[sz]ation|access|admin|security|clearance) code\\s?[:=]?\\s?[\\p{L}\\p{N}-]{3,20}',
      ],
    },
    mode: {
      words: [
        '(?:sudo|root|admin(?:istrator)?|god|override|superuser|unrestricted|unlocked|jailbr(?:eak|oken)|(?:knowledge )?verification|law enforcement(?: override)?|unfiltered|uncensored|evil|dan|system|developer|dev|debug|maintenance|diagnostic|emergency|test(?:ing)?|training|omega|chaos) mode',
      ],
    },
    modeCue: {
      words: [
        'you(?:\'re| are) (?:now )?(?:in|entering|operating in|running in|switched (?:to|into))', 'i(?:\'m| am) (?:now )?(?:entering|activating|enabling|initiating|switching (?:to|into)|turning on|putting you in)',
        '(?:enter|activate|enable|engage|initiate) (?:your|the)', '(?:resume|continue|proceed|respond|answer|reply|operate|stay|remain) in', 'for (?:you|yourself|this (?:chat|conversation|session))', 'chatgpt', 'you will (?:now )?(?:enter|be in|operate in)', 'put you in',
      ],
    },
    coercion: {
      words: [
        'you (?:have to|must|need to|are required to|are obligated to) (?:answer|comply|obey|do (?:what|as) i say|follow my|tell me|share|reveal)', 'i (?:order|command|instruct|authori[sz]e|demand) (?:you|that you)',
        'as (?:your|an?|the) (?:admin|administrator|developer|owner|creator|operator|supervisor)s?,? i',
      ],
    },
  },
  es: { identity: { words: ['soy (?:tu|el) (?:desarrollador|administrador|creador|dueno|programador)'] }, mode: { words: ['modo (?:desarrollador|administrador|dios|sin restricciones|sin filtros)'] } },
  fr: { identity: { words: ['je suis (?:ton|votre|le) (?:developpeur|administrateur|createur|proprietaire)'] }, mode: { words: ['mode (?:developpeur|administrateur|dieu|sans restriction)'] } },
  de: { identity: { words: ['ich bin (?:dein|ihr|der) (?:entwickler|administrator|schopfer|admin|besitzer)'] }, mode: { words: ['(?:entwickler|admin|gott|debug)-?modus'] } },
  pt: { identity: { words: ['sou (?:seu|o) (?:desenvolvedor|administrador|criador|dono)'] }, mode: { words: ['modo (?:desenvolvedor|administrador|deus|sem restricoes)'] } },
  it: { identity: { words: ['sono (?:il tuo|il) (?:sviluppatore|amministratore|creatore|proprietario)'] }, mode: { words: ['modalita (?:sviluppatore|amministratore|dio)'] } },
  ru: { identity: { words: ['я (?:твой|ваш) (?:разработчик|администратор|создатель|владелец)'] }, mode: { words: ['режим (?:разработчика|администратора|бога|без ограничений)'] } },
  zh: { identity: { chars: ['我是你的开发者', '我是你的開發者', '我是你的创造者', '我是你的管理员', '我是你的管理員'] }, mode: { chars: ['开发者模式', '開發者模式', '管理员模式', '管理員模式', '上帝模式', '无限制模式'] } },
  ja: { identity: { chars: ['私はあなたの開発者', '私はあなたの管理者', '私はあなたの作成者'] }, mode: { chars: ['開発者モード', '管理者モード', '神モード'] } },
  ko: { identity: { chars: ['나는 ?(?:당신의|너의) ?(?:개발자|관리자|창조자)'] }, mode: { chars: ['개발자 ?모드', '관리자 ?모드'] } },
  ar: { mode: { words: ['وضع (?:المطور|المسؤول)'] } },
  hi: { mode: { words: ['ओवरराइड मोड', 'डेवलपर मोड'] } },
  sv: { identity: { words: ['jag ar (?:din|den|er) (?:utvecklare|administrator|skapare|agare)', 'jag ar utvecklaren som'] }, grant: { words: ['administratorsbehorighet', 'adminbehorighet'] }, mode: { words: ['(?:utvecklar|admin|gud)lage'] } },
  no: { identity: { words: ['jeg er (?:din|den) (?:utvikler|administrator|skaper|eier)'] }, channel: { words: ['melding fra (?:administratoren|utviklerne|openai)'] }, mode: { words: ['(?:utvikler|admin)modus'] } },
  da: { identity: { words: ['jeg er (?:din|den) (?:udvikler|administrator|skaber|ejer)'] }, mode: { words: ['(?:udvikler|admin)tilstand'] } },
  fi: { identity: { words: ['olen (?:sinun )?(?:kehittajasi|yllapitajasi|luojasi)'] }, grant: { words: ['yllapitajan oikeudet'] }, mode: { words: ['kehittajatila'] } },
  cs: { identity: { words: ['jsem (?:tvuj|vas) (?:vyvojar|administrator|tvurce|majitel)'] }, grant: { words: ['administratorska prava'] }, mode: { words: ['(?:vyvojarsky|administratorsky) rezim'] } },
  sk: { identity: { words: ['som (?:tvoj|vas) (?:vyvojar|administrator|tvorca)'] }, mode: { words: ['(?:vyvojarsky|administratorsky) rezim'] } },
  ro: { identity: { words: ['sunt (?:dezvoltatorul|administratorul|creatorul) (?:tau|sistemului)'] }, mode: { words: ['mod(?:ul)? (?:dezvoltator|administrator)'] } },
  hu: { identity: { words: ['(?:en )?vagyok a (?:fejlesztod|rendszergazdad|keszitod)'] }, mode: { words: ['fejlesztoi mod'] } },
  sw: { identity: { words: ['mimi ni (?:msanidi|msimamizi|muundaji) wako'] } },
  tl: { identity: { words: ['ako ang (?:developer|admin|gumawa) mo'] } },
  ms: { identity: { words: ['saya (?:ialah |adalah )?(?:pembangun|pentadbir|pencipta) (?:anda|kamu)'] }, mode: { words: ['mod (?:pembangun|pentadbir)'] } },
  uk: { identity: { words: ['я (?:твій|ваш)? ?(?:розробник|адміністратор|творець|власник)'] }, grant: { words: ['права адміністратора'] }, mode: { words: ['режим (?:розробника|адміністратора|бога|без обмежень)'] } },
  el: { identity: { words: ['(?:ειμαι|εγω ειμαι) ο (?:προγραμματιστησ|διαχειριστησ|δημιουργοσ) σου'] }, mode: { words: ['λειτουργια (?:προγραμματιστη|διαχειριστη)'] } },
  he: { identity: { words: ['אני (?:ה)?(?:מפתח|מנהל|יוצר) שלך', 'אני המפתח'] }, mode: { words: ['מצב (?:מפתח|מנהל)'] } },
  fa: { identity: { words: ['من (?:توسعه(?:\\u200c| )?دهنده|مدیر|سازنده)(?:\\u200c| )?ی? (?:تو|شما) هستم'] }, mode: { words: ['حالت (?:توسعه(?:\\u200c| )?دهنده|مدیر)'] } },
  ur: { identity: { words: ['میں (?:تمہارا|آپ کا) (?:ڈویلپر|منتظم|خالق)'] }, mode: { words: ['ڈویلپر موڈ'] } },
  bn: { identity: { words: ['আমি (?:তোমার|আপনার) (?:ডেভেলপার|নির্মাতা|প্রশাসক)'] }, mode: { words: ['ডেভেলপার মোড'] } },
  th: { identity: { chars: ['ฉันเป็นผู้พัฒนาของคุณ', 'ฉันคือผู้พัฒนา', 'ฉันเป็นผู้ดูแลระบบ'] }, mode: { chars: ['โหมดผู้พัฒนา', 'โหมดนักพัฒนา'] } },
}
