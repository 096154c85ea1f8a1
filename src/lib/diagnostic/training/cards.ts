// The persona cards of the « mise en situation » (fiche 003: « En binôme, choisir une carte usager,
// répartir les rôles, mettre en situation »), drawn from the seeds' situations (framework, section 10).
// Written in French for mediators. A card never says which posture it expects: the debrief computes
// it with evaluate(answers), so cards and rules cannot drift apart (tests/unit/training.test.ts).
import { AREAS, CAN_DO_VALUES, type CanDoValue } from '../instrument';
import type { AnswerValue, AreaId } from '../types';

export interface PersonaCard {
  readonly id: string;
  /** who the person is, in a few words */
  readonly title: string;
  /** told to the player: who they are, why they came */
  readonly story: string;
  /** how the player behaves at the screen, when the mediator observes */
  readonly behaviour: string;
  /** what the mediator should notice (read after the debrief) */
  readonly notice: string;
  /** the answers the player gives when asked, in the instrument's ids */
  readonly answers: Readonly<Record<string, AnswerValue>>;
}

/** Every can-do item of an area rated the same way: the player keeps one answer per area in mind. */
function rated(ratings: Partial<Record<AreaId, CanDoValue>>): Record<string, AnswerValue> {
  return Object.fromEntries(
    AREAS.flatMap((area) => {
      const value = ratings[area.id];
      return value && (CAN_DO_VALUES as readonly string[]).includes(value) ? area.items.map((item) => [item.id, value]) : [];
    }),
  );
}

export const CARDS: readonly PersonaCard[] = [
  {
    id: 'retraite',
    title: 'Odette, 78 ans, son dossier de retraite est passé en ligne',
    story:
      "Vous êtes veuve et vivez seule. La caisse de retraite vous a écrit : votre dossier se fait maintenant sur Internet. Vous avez un smartphone offert par votre fils, vous ne savez pas si vous avez une adresse mail. Ce n'est pas urgent, mais vous voulez comprendre.",
    behaviour: "Vous tenez le téléphone à deux mains, vous cherchez longtemps où toucher, vous demandez souvent « et là, je fais quoi ? ».",
    notice:
      "Elle veut apprendre, plus tard : faire avec elle, pas à sa place. « Vérifier la capacité de l'utilisateur à consulter » une adresse avant d'en créer une.",
    answers: {
      'primo.reason': 'social-health',
      'primo.tried_online': 'no',
      'primo.has_email': 'unsure',
      'primo.devices': ['smartphone'],
      'primo.internet': 'yes',
      'primo.french': 'easy',
      'obs.refuses_device': 'no',
      'obs.handling': 'hesitant',
      'obs.browser': 'hesitant',
      'triage.urgency': 'soon',
      'triage.wants_to_learn': 'later',
      'triage.need': 'digital',
      ...rated({ device: 'with-help', mouse: 'with-help', browser: 'not-yet', email: 'not-yet', passwords: 'not-yet', procedures: 'not-yet' }),
    },
  },
  {
    id: 'rupture-de-droits',
    title: 'Karim, 45 ans, son RSA s’arrête si la déclaration n’est pas faite demain',
    story:
      "Votre RSA a été suspendu : la déclaration trimestrielle n'a pas été faite, la date limite est demain. Vous avez essayé sur votre téléphone, vous n'y arrivez pas. Vous avez une adresse mail, vous la regardez rarement. Vous êtes stressé.",
    behaviour: 'Vous parlez vite, vous regardez l’heure. Au clavier vous hésitez ; sur le site vous vous perdez entre les pages.',
    notice:
      "Urgence et personne non autonome : le médiateur a peu de temps (« Voir le bilan maintenant »), fait la démarche avec elle, et se sécurise avec Aidants Connect ou un mandat (fiche 004, cas 1).",
    answers: {
      'primo.reason': 'social-health',
      'primo.tried_online': 'yes-failed',
      'primo.has_email': 'yes',
      'primo.checks_email': 'rarely',
      'primo.devices': ['smartphone'],
      'primo.internet': 'mobile-only',
      'primo.french': 'easy',
      'obs.refuses_device': 'no',
      'obs.handling': 'hesitant',
      'obs.browser': 'hesitant',
      'triage.urgency': 'urgent',
      'triage.wants_to_learn': 'later',
      'triage.need': 'both',
    },
  },
  {
    id: 'refus-ordinateur',
    title: 'Gérard, 66 ans, refuse de toucher l’ordinateur',
    story:
      "Les impôts vous demandent de déclarer en ligne avant la fin de la semaine, sinon une pénalité. Vous n'avez ni ordinateur ni Internet chez vous, pas d'adresse mail. Vous ne voulez pas apprendre : « faites-le pour moi ».",
    behaviour: "Vous croisez les bras. Si on vous tend la souris, vous la repoussez. Vous ne regardez pas l'écran.",
    notice:
      "« Rejet direct d'utiliser l'ordinateur » (fiche 003) en urgence : faire à la place, en restant dans le cadre (mandat, Aidants Connect), et repérer un lieu d'accès à Internet.",
    answers: {
      'primo.reason': 'taxes-money',
      'primo.tried_online': 'no',
      'primo.has_email': 'no',
      'primo.devices': ['none'],
      'primo.internet': 'no',
      'primo.french': 'easy',
      'obs.refuses_device': 'yes',
      'obs.handling': 'unable',
      'obs.browser': 'unable',
      'triage.urgency': 'urgent',
      'triage.wants_to_learn': 'no',
      'triage.need': 'digital',
    },
  },
  {
    id: 'jeune-expert',
    title: 'Inès, 24 ans, à l’aise, bloquée par une question de dossier',
    story:
      "Vous faites tout sur votre téléphone et votre ordinateur. La CAF vous demande un justificatif que vous ne comprenez pas : vous voulez savoir quel document envoyer et si vous y avez droit. Vous n'avez pas envie d'un atelier.",
    behaviour: 'Vous allez vite, vous tapez l’adresse du site sans aide, vous montrez votre espace personnel.',
    notice:
      "Pas d'urgence, un besoin de conseil sur le dossier, pas d'envie de se former : réorienter vers France Services ou un travailleur social (fiche 004, cas 2). Ne pas s'engager sur un droit.",
    answers: {
      'primo.reason': 'social-health',
      'primo.tried_online': 'yes-failed',
      'primo.has_email': 'yes',
      'primo.checks_email': 'weekly',
      'primo.devices': ['computer', 'smartphone'],
      'primo.internet': 'yes',
      'primo.french': 'easy',
      'obs.refuses_device': 'no',
      'obs.handling': 'easy',
      'obs.browser': 'easy',
      'triage.urgency': 'not-urgent',
      'triage.wants_to_learn': 'no',
      'triage.need': 'admin',
      ...rated({ device: 'alone', mouse: 'alone', browser: 'alone', email: 'alone', passwords: 'alone', procedures: 'alone' }),
    },
  },
  {
    id: 'primo-arrivant',
    title: 'Olena, 35 ans, arrivée depuis peu, lit difficilement le français',
    story:
      "Vous venez de renouveler votre titre de séjour. Vous utilisez bien votre smartphone dans votre langue, mais les sites français sont difficiles à lire. Vous voulez apprendre à faire vos démarches seule.",
    behaviour: "Vous touchez l'écran sans hésiter ; sur le site, vous relisez longtemps les menus et demandez ce que veulent dire les mots.",
    notice:
      "La langue, pas le numérique, est le premier frein : feuille bilingue, « Écouter », ateliers de français. Un diagnostic de premier niveau couvre « la maîtrise de la langue » (fiche 002).",
    answers: {
      'primo.reason': 'residence',
      'primo.tried_online': 'no',
      'primo.has_email': 'yes',
      'primo.checks_email': 'weekly',
      'primo.devices': ['smartphone'],
      'primo.internet': 'mobile-only',
      'primo.french': 'very-difficult',
      'obs.refuses_device': 'no',
      'obs.handling': 'easy',
      'obs.browser': 'hesitant',
      'triage.urgency': 'soon',
      'triage.wants_to_learn': 'yes',
      'triage.need': 'both',
      ...rated({ device: 'alone', mouse: 'alone', browser: 'with-help', email: 'with-help', passwords: 'with-help', procedures: 'not-yet' }),
    },
  },
  {
    id: 'telephone-prepaye',
    title: 'Moussa, 29 ans, un seul appareil : un téléphone à carte prépayée',
    story:
      "Vous cherchez du travail. Vous n'avez que votre téléphone, avec une carte prépayée, pas de box à la maison. Vous vous débrouillez bien, vous voulez apprendre à candidater en ligne tout seul.",
    behaviour: "Vous êtes rapide et sûr de vous à l'écran, mais vous dites que votre forfait est souvent épuisé en fin de mois.",
    notice:
      "Il est autonome : le laisser faire et être en soutien si besoin (fiche 003). L'accès, pas la compétence, est fragile : pas d'Internet à la maison, repérer un lieu en libre accès.",
    answers: {
      'primo.reason': 'work',
      'primo.tried_online': 'yes-succeeded',
      'primo.has_email': 'yes',
      'primo.checks_email': 'weekly',
      'primo.devices': ['smartphone'],
      'primo.internet': 'no',
      'primo.french': 'easy',
      'obs.refuses_device': 'no',
      'obs.handling': 'easy',
      'obs.browser': 'easy',
      'triage.urgency': 'not-urgent',
      'triage.wants_to_learn': 'yes',
      'triage.need': 'digital',
      ...rated({ device: 'alone', mouse: 'alone', browser: 'alone', email: 'alone', passwords: 'alone', procedures: 'alone' }),
    },
  },
  {
    id: 'mail-jamais-ouvert',
    title: 'Sylvie, 52 ans, a une adresse mail mais ne l’ouvre jamais',
    story:
      "Un conseiller vous a créé une adresse mail il y a deux ans. Vous ne l'avez jamais ouverte, vous ne savez plus le mot de passe. Vous ne recevez plus les courriers de la CAF et vous ne comprenez pas pourquoi.",
    behaviour: "Vous utilisez l'ordinateur correctement, mais devant la page de connexion vous dites « je n'ai jamais su ce mot de passe ».",
    notice:
      "« Le passage à une adresse électronique peut entraîner l'arrêt de certains envois de courriers… C'est souvent une cause de rupture de l'accès aux droits » (fiche 001).",
    answers: {
      'primo.reason': 'social-health',
      'primo.tried_online': 'yes-succeeded',
      'primo.has_email': 'yes',
      'primo.checks_email': 'never',
      'primo.devices': ['computer', 'smartphone'],
      'primo.internet': 'yes',
      'primo.french': 'easy',
      'obs.refuses_device': 'no',
      'obs.handling': 'easy',
      'obs.browser': 'easy',
      'triage.urgency': 'soon',
      'triage.wants_to_learn': 'yes',
      'triage.need': 'digital',
      ...rated({ device: 'alone', mouse: 'alone', browser: 'alone', email: 'with-help', passwords: 'not-yet', procedures: 'with-help' }),
    },
  },
  {
    id: 'veut-apprendre',
    title: 'Fatou, 61 ans, veut apprendre pour écrire à ses petits-enfants',
    story:
      "Vous avez reçu une tablette à Noël. Vous n'avez pas d'adresse mail. Rien d'urgent : vous voulez apprendre à vous en servir, à votre rythme.",
    behaviour: "Vous touchez l'écran trop longtemps, les icônes bougent ; vous n'arrivez pas à ouvrir un site toute seule.",
    notice:
      "Volontaire pour apprendre, sans urgence : faire avec elle et l'orienter vers un atelier (fiche 004, « souhait de l'apprentissage »).",
    answers: {
      'primo.reason': 'learn-digital',
      'primo.has_email': 'no',
      'primo.devices': ['tablet'],
      'primo.internet': 'yes',
      'primo.french': 'easy',
      'obs.refuses_device': 'no',
      'obs.handling': 'hesitant',
      'obs.browser': 'unable',
      'triage.urgency': 'not-urgent',
      'triage.wants_to_learn': 'yes',
      'triage.need': 'digital',
      ...rated({ device: 'with-help', mouse: 'not-yet', browser: 'not-yet', email: 'not-yet', passwords: 'not-yet', procedures: 'not-yet' }),
    },
  },
];

export function cardById(id: string): PersonaCard | undefined {
  return CARDS.find((card) => card.id === id);
}
