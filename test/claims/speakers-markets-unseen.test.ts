import { describe, it } from 'vitest';
import { expectClaim } from './helpers.js';

// Who owns a figure when the clause's subject names people who speak for an organisation, or a
// market: written in the style of French news for a fifth audit on unseen articles; each failed
// before the rule it tests.
describe('people who speak for an organisation, and markets, as a clause’s subject', () => {
  it('« les analystes de X »: the bank speaks, the figure stays with the company in the news', () => {
    const text =
      "Amazon a publié un chiffre d'affaires de 158,9 milliards de dollars. Les analystes de Morgan Stanley tablent sur une hausse de 20 % du titre d'ici fin 2025.";
    expectClaim(text, '20 %', { subject: 'Amazon', modality: 'hedged' });
  });

  it('« X rappelle que le commerce en ligne a pesé … »: the market’s figure, not the speaker’s', () => {
    const text =
      "La Fédération du e-commerce et de la vente à distance (Fevad) rappelle que le commerce en ligne a pesé 159,9 milliards d'euros en France l'an dernier, en hausse de 9,6 %.";
    expectClaim(text, "159,9 milliards d'euros", { subject: null, attribution: 'Fédération du e-commerce et de la vente à distance' });
  });

  it('« d’après l’AIE, les centres de données ont consommé … »: not the company of the paragraph before', () => {
    const text =
      "AWS assure que ses centres sont efficaces.\n\nD'après l'Agence internationale de l'énergie, les centres de données ont consommé environ 415 térawattheures en 2024, soit 1,5 % de l'électricité mondiale.";
    expectClaim(text, '1,5 %', { subject: null, attribution: "Agence internationale de l'énergie" });
  });

  it('« Les trois leaders cumulent 63 % »: a market’s players, counted or not, are no one organisation', () => {
    const text = 'Amazon Web Services reste le numéro un avec 33 % du marché. Microsoft Azure progresse à 20 %. Les trois leaders cumulent ainsi 63 % des dépenses mondiales.';
    expectClaim(text, '63 %', { subject: null });
    expectClaim(text, 'trois', { subject: null });
    // « ses » names whose competitors they are
    expectClaim("AWS domine le cloud : c'est plus que ses quatre concurrents réunis.", 'quatre', { subject: 'Amazon Web Services' });
  });

  it('« X estime pour sa part que les dépenses … »: an incise between the verb and « que » still reports', () => {
    const text =
      "Adobe Analytics estime pour sa part que les dépenses en ligne aux États-Unis ont atteint 10,8 milliards de dollars le seul jour du Black Friday.";
    expectClaim(text, '10,8 milliards de dollars', { subject: null, attribution: 'Adobe' });
  });

  it('« ses centres », « sa consommation » are the organisation’s own, not a market', () => {
    const text =
      "Amazon Web Services assure de son côté que ses centres sont « parmi les plus efficaces du secteur » et que 100 % de l'électricité consommée provient de sources renouvelables.";
    expectClaim(text, '100 %', { subject: 'Amazon Web Services' });
  });

  it('« Selon une étude du cabinet X, … »: the source is no owner of the clause’s subject', () => {
    const text = 'Selon une étude du cabinet Xerfi publiée mardi, la part des colis confiés à la poste serait passée de 80 % en 2018 à environ 45 %.';
    expectClaim(text, '80 %', { subject: null, attribution: 'Xerfi' });
  });

  it('an organisation in an apposition to the subject, or set against in a comparison, owns nothing', () => {
    const apposition = 'Amazon a lancé ses premiers satellites lundi. Le projet, concurrent direct de Starlink, prévoit à terme 3 236 satellites en orbite basse.';
    expectClaim(apposition, '3 236', { subject: 'Amazon' });
    const compared = "Amazon a engrangé 56,2 milliards de dollars. C'est encore trois fois moins que Google (264,6 milliards) et environ un tiers des revenus de Meta (160,6 milliards).";
    expectClaim(compared, 'un tiers', { subject: 'Meta' });
    expectClaim(compared, '264,6 milliards', { subject: 'Google' });
  });

  it('an item of a list takes the topic of the paragraph whose colon introduced it', () => {
    const text =
      "Communiqué\n\nParis – Amazon annonce aujourd'hui un plan d'investissement en France. Ce programme comprend :\n\n- l'ouverture de deux nouveaux centres de distribution, qui créeront 1 500 emplois ;\n- 300 M€ consacrés à la modernisation du réseau logistique existant.";
    expectClaim(text, '1 500', { subject: 'Amazon', metric: 'emplois' });
    expectClaim(text, '300 M€', { subject: 'Amazon' });
  });

  it('a figure in an opening participle phrase or in a relative clause belongs to what they describe', () => {
    const valued = 'Amazon a investi 4 milliards de dollars. Valorisée 18,4 milliards de dollars lors de sa dernière levée de fonds, Anthropic viserait désormais 40 milliards.';
    expectClaim(valued, '18,4 milliards de dollars', { subject: 'Anthropic' });
    const relative = 'La Federal Trade Commission (FTC) a annoncé mercredi un accord avec Amazon, qui versera 25 millions de dollars pour clore des poursuites.';
    expectClaim(relative, '25 millions de dollars', { subject: 'Amazon' });
  });

  it('an item of a list joined by « et » or « ou » is not the subject of the list’s figure; a comma alone makes no list', () => {
    const text = "Les acteurs européens, OVHcloud, Scaleway ou Outscale, n'en détiennent qu'environ 15 %.";
    expectClaim(text, '15 %', { subject: null });
    const adjunct = 'Longtemps premier client de Colissimo, Amazon livre désormais lui-même près de la moitié de ses colis.';
    expectClaim(adjunct, 'la moitié', { subject: 'Amazon' });
  });

  it('a figure that opens what a regulator or an NGO reports is about no one, not the speaker; a company reports its own', () => {
    const ministry = "Amazon conteste.\n\nLe ministère de la Transition écologique estime que 630 millions d'euros de produits neufs étaient détruits chaque année.";
    expectClaim(ministry, "630 millions d'euros", { subject: null, attribution: 'ministère de la Transition' });
    expectClaim('Amazon vend.\n\nAmazon annonce que 2 000 emplois seront créés en France.', '2 000', { subject: 'Amazon' });
    const owned = 'Amazon vend.\n\nAmazon affirme que 100 % de l’électricité consommée par ses activités provenait de sources renouvelables en 2024.';
    expectClaim(owned, '100 %', { subject: 'Amazon' });
  });
});
