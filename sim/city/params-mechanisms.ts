/**
 * Parameters of the mechanisms behind upward mobility, schools and images (part of the section
 * `behaviour`, spread into it by params-behaviour.ts): how households acquire language and skills,
 * what the co-ethnic network near home does for them early and late, how access to jobs and the
 * children's school weigh, how a quarter's image reads its school and how rents price the image.
 * Every default is marked as an assumption or names where its size comes from.
 */
import { num } from '../params/spec.ts';

export const mechanismFields = {
  skillLearning: num({
    unit: 'share per tick',
    default: 0.006,
    min: 0,
    max: 1,
    step: 0.001,
    meaning:
      "Share of the gap between a household's language and skills (0-1, households.groups[].skillAtArrival on arrival) and full command (1) closed per tick, before contact and courses (processes/skills.ts). With a refugee's 0.1 on arrival and the contact a typical block gives, the mean reaches about 0.55 after five years, of the order of the IAB-BAMF-SOEP refugee survey: 90 % knew no German on arrival; of those who came 2013-2016, 22 % reported good or very good German in 2016, 44 % in 2018, 52 % in 2020 (BAMF Brief Analyses 5|2016, 1|2020, 2|2022). The mapping of skills to those answers is an assumption.",
  }),
  contactLearning: num({
    unit: 'factor',
    default: 1,
    min: 0,
    max: 10,
    step: 0.1,
    meaning:
      "Learning rate x (1 + this x share of other groups among the households of the block): contact with other groups near home speeds up language and skills (the household's exposure in its person-centred environment; contact with Germans and language courses were the strongest correlates of refugees' progress in German, BAMF Brief Analysis 1|2019). Strength an assumption.",
  }),
  skillMobility: num({
    unit: 'share',
    default: 0.7,
    min: 0,
    max: 1,
    step: 0.05,
    meaning:
      'Rise chance x (1 - this x (1 - skills)): without the language a household rarely gets a better job (0 = skills do not matter). Assumption.',
  }),
  skillPayoff: num({
    unit: 'rises per unit of skills',
    default: 3,
    min: 0,
    max: 50,
    step: 0.5,
    meaning:
      "Skills gained turn into better jobs: a household's rise chance per tick gets this x the skills it gains in the tick on top (before the place factors), so closing a gap of 0.9 brings about 2.7 rises in expectation. The catch-up of newcomers' incomes follows their learning, not a newcomer constant (immigrants' earnings catch up with language and host-country experience: Chiswick 1978; refugees' employment in Germany rose from about 20 % two years after arrival to about half after five, IAB). Size an assumption.",
  }),
  networkHelp: num({
    unit: 'share',
    default: 1,
    min: 0,
    max: 10,
    step: 0.1,
    meaning:
      "A newcomer's rise chance (within behaviour.newcomerYears of arrival) x (1 + this x share of its own group in its block), for groups arriving with skillAtArrival below 1: the co-ethnic network near home passes on first jobs and information (the enclave's early help: Edin, Fredriksson & Åslund 2003 find enclave living raises the earnings of less-skilled immigrants in Sweden). Strength an assumption.",
  }),
  networkBind: num({
    unit: 'share',
    default: 0.5,
    min: 0,
    max: 1,
    step: 0.05,
    meaning:
      "After behaviour.newcomerYears, the rise chance of such a household x (1 - this x share of its own group in its block): the same network binds to the ethnic economy's jobs and keeps contacts within the group (the enclave's later trap, as in the mobility-trap reading of arrival quarters). Assumption.",
  }),
  jobAccess: num({
    unit: 'share',
    default: 0.4,
    min: 0,
    max: 1,
    step: 0.05,
    meaning:
      "Rise chance x (1 - this x the quarter's distance from the centre, as a share of the half diagonal): jobs are concentrated in the centre, and distance from them lowers the chance of finding a better one (spatial mismatch, Kain 1968). Assumption.",
  }),
  imageSchoolWeight: num({
    unit: 'image per quality',
    default: 0.4,
    min: 0,
    max: 5,
    step: 0.1,
    meaning:
      "How strongly a quarter's school (its quality against the city's mean school) moves the image the quarter tends to (processes/image.ts). Assumption.",
  }),
  imageCapitalisation: num({
    unit: 'share per image',
    default: 0.5,
    min: 0,
    max: 5,
    step: 0.1,
    meaning:
      "Rents and prices of a quarter change by this x the change of its image, on top of the vacancy gap (processes/image.ts): landlords and sellers price the quarter's reputation (hedonic pricing, Rosen 1974). Without it, a campaign moves rents only through vacancies, and where every quarter's vacancy is below its natural rate (a tight market) rents already rise at rentSpeed everywhere, so the campaign barely shows in rents. 0.5 = an image 0.2 higher makes rents 10 % higher. Assumption.",
  }),
} as const;
