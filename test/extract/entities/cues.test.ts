import { describe, expect, it } from 'vitest';
import { entitiesOf, testNoEntity, testSingleEntity } from './helpers.js';

describe('names no list holds, found by their context', () => {
  it('« la société X » is an organisation', () => {
    testSingleEntity('Il travaille pour la société Brelonix depuis trois ans.', 'Brelonix', 'ORG');
  });

  it('« X, un fabricant de » is an organisation, everywhere in the document', () => {
    const text = 'La cible est Thermova, un fabricant de chaudières. Thermova refuse de commenter.';
    testSingleEntity(text, 'Thermova', 'ORG', ['Thermova', 'Thermova']);
  });

  it('a cue after a name opens no new sentence: a title ending on a place keeps it a place', () => {
    // « Le groupe » opens the article under the title, it is no apposition to its last name
    const text = "Data centers : la consommation d'eau inquiète en Tervalie\n\nLe groupe prévoit d'investir dans la région de Tervalie.";
    testSingleEntity(text, 'Tervalie', 'LOC', ['Tervalie', 'Tervalie']);
    testSingleEntity('Ils citent Brelonix, le groupe de Lyon, en exemple.', 'Brelonix', 'ORG');
  });

  it('a place after « les sites de », « les usines de » is a place, not a two-word organisation', () => {
    testSingleEntity("Les trois sites de Vallarejo de Ebro consomment de l'eau.", 'Vallarejo de Ebro', 'LOC');
  });

  it('names of one list share the label its well-attested names agree on', () => {
    // « Zorvan » alone would be a place by default
    const people = 'Le conseil réunit Jean Dupont, Marie Lefèvre et Zorvan.';
    const found = entitiesOf(people).map((entity) => [entity.canonical, entity.label]);
    expect(found).toEqual([
      ['Jean Dupont', 'PER'],
      ['Marie Lefèvre', 'PER'],
      ['Zorvan', 'PER'],
    ]);
  });

  it('« du cabinet X », « de la société X » name an organisation, as « le cabinet X » does', () => {
    testSingleEntity('« Les données comptent », souligne Nicolas Dupuis, directeur associé du cabinet Brelvane.', 'Brelvane', 'ORG');
    testSingleEntity("Le rapport de la société Kestrova est paru.", 'Kestrova', 'ORG');
  });

  it('a designation of a company is still one with adjectives before the name', () => {
    testSingleEntity('Le contrat a été remporté par le constructeur japonais Korvaki, devant ses rivaux.', 'Korvaki', 'ORG');
    testSingleEntity("Selon la chaîne américaine Telvora, l'audience a doublé.", 'Telvora', 'ORG');
    // after « face au », « contre le », the adjective is a nationality used as a noun: the name is a person's
    testSingleEntity('Il boxera face au canadien Jorin Maskeval samedi.', 'Jorin Maskeval', 'PER');
  });

  it('a capitalised name nothing else labels that fills a pair of quotes is the title of a work', () => {
    testSingleEntity('Son dernier single, « Midnight Orvalia », s\'est vendu à un million d\'exemplaires.', 'Midnight Orvalia', 'MISC');
    testSingleEntity('Le groupe a joué " Broken Harbour Lights " en rappel.', 'Broken Harbour Lights', 'MISC');
    // a known company stays one in quotes
    testSingleEntity('Les salariés d\'« Amazon » manifestent.', 'Amazon', 'ORG');
  });

  it('a single name after « par », the agent of a passive, is a person rather than a place', () => {
    testSingleEntity('Le fort, dessiné par Vaubrenier en 1680, domine la vallée.', 'Vaubrenier', 'PER');
    testSingleEntity('La ville est prise par Ostravan au printemps.', 'Ostravan', 'PER');
    // a known place stays one
    testSingleEntity('Le train passe par Lyon.', 'Lyon', 'LOC');
  });

  it('a surname may be a rare French word, a frequent one or the feminine of one keeps the run from being a person', () => {
    testSingleEntity('Le témoignage de Okwara Berger a ému la salle.', 'Okwara Berger', 'PER');
    testSingleEntity("L'attaquant Tavita Ponton a signé pour deux saisons.", 'Tavita Ponton', 'PER');
    // « Grande », « Hautes » are feminines of dictionary stems: no given name
    expect(entitiesOf('Après la Grande Vadrouille, il tourne encore.').map((e) => e.label)).not.toContain('PER');
    expect(entitiesOf('Il vit près des Hautes Fagnes.').map((e) => e.label)).not.toContain('PER');
  });

  it('« chez X » is an organisation', () => {
    testSingleEntity('Les produits sont vendus chez Kalimbo depuis mars.', 'Kalimbo', 'ORG');
  });

  it('« M. X » is a person', () => {
    testSingleEntity('Le maire a reçu M. Pellegrin hier soir.', 'Pellegrin', 'PER');
  });

  it('a given name and a capitalised surname make a person', () => {
    testSingleEntity("L'enquête a été menée par Sophie Vandamme pendant deux ans.", 'Sophie Vandamme', 'PER');
  });

  it('« X, porte-parole de » is a person', () => {
    testSingleEntity('« Nous négocions », explique Zork Malvane, porte-parole de la marque.', 'Zork Malvane', 'PER');
  });

  it('a noun of role, kinship or trade before a name, adjectives between, makes a person', () => {
    testSingleEntity("Il correspond avec l'empereur romain Justinien.", 'Justinien', 'PER');
    testSingleEntity('Le comte épouse ensuite son cousin Theudahat.', 'Theudahat', 'PER');
    testSingleEntity('Le titre est de la chanteuse américaine Pink.', 'Pink', 'PER');
    testSingleEntity('Le milieu N’Golo Kanté signe à Chelsea.', 'N’Golo Kanté', 'PER');
  });

  it('a known place is no part of a hyphenated name, and ends a longer name after unknown capitalised words', () => {
    testSingleEntity('Cette espèce vit en Nouvelle-Guinée.', 'Nouvelle-Guinée', 'LOC');
    testSingleEntity('Elle se rencontre en Australie-Occidentale.', 'Australie-Occidentale', 'LOC');
    testNoEntity('Elle se rencontre en Australie-Occidentale.', 'Australie');
    testSingleEntity('Il a joué pour l’Ajax Amsterdam.', 'Ajax Amsterdam', 'ORG');
    testSingleEntity('La fréquentation de Disneyland Paris recule.', 'Disneyland Paris', 'ORG');
    // a given name before a place does not make an organisation of the two
    testNoEntity('Le rapport de Pierre Paris est paru.', 'Pierre Paris');
  });

  it('an acronym after « et la » is another organisation, not part of an institution’s name', () => {
    testSingleEntity("En France, l'Autorité de la concurrence et la DGCCRF enquêtent.", 'Autorité de la concurrence', 'ORG');
    testSingleEntity("En France, l'Autorité de la concurrence et la DGCCRF enquêtent.", 'DGCCRF', 'ORG');
  });

  it('a name in -x is no French plural unless the -x follows -au, -eu or -ou', () => {
    testSingleEntity('Depuis, Amazon finance Zoox, sa filiale de robotaxis.', 'Zoox', 'ORG');
    testNoEntity('Les Bijoux de la reine sont exposés.', 'Bijoux');
  });

  it('« le projet X » is a work or an event, not a place', () => {
    testSingleEntity('Le projet Kuiper absorbe des milliards.', 'Kuiper', 'MISC');
  });

  it('a name written as a domain is one organisation (« Booking.com », « Stand.earth »)', () => {
    testSingleEntity('Selon Booking.com, 20 % des réservations sont annulées.', 'Booking.com', 'ORG');
    testSingleEntity("D'après le collectif Stand.earth, les émissions sont sous-estimées.", 'Stand.earth', 'ORG');
    testSingleEntity('Chez E.Leclerc, les prix baissent.', 'Leclerc', 'ORG');
  });

  it('a company’s legal entity keeps its unit words (« Amazon Europe Core », « Amazon EU Sàrl »)', () => {
    testSingleEntity('En 2021, la CNPD avait condamné Amazon Europe Core à payer 746 millions.', 'Amazon Europe Core', 'ORG');
    testSingleEntity('Amazon EU Sàrl a payé.', 'Amazon EU Sàrl', 'ORG');
  });

  it('an acronym that designates (« l’ONG », « le PDG », « la PME ») is no part of the name after it', () => {
    testSingleEntity("Selon l'ONG Stand.earth, les émissions seraient trois fois supérieures.", 'Stand.earth', 'ORG');
    testSingleEntity('Hier, le PDG Jassy a annoncé des suppressions.', 'Jassy', 'PER');
    testSingleEntity('La PME Brelonix recrute.', 'Brelonix', 'ORG');
  });

  it('a given name and a surname make a person whatever verb follows', () => {
    testSingleEntity('Andy Jassy a annoncé des suppressions.', 'Andy Jassy', 'PER');
  });

  it('a lower-case geographic head makes one place with the name after it, over a known place inside', () => {
    testSingleEntity('Le lac Tchad rétrécit.', 'lac Tchad', 'LOC');
    testNoEntity('Le lac Tchad rétrécit.', 'Tchad');
    testSingleEntity("Il part à l'île de la Réunion.", 'île de la Réunion', 'LOC');
  });

  it('a designation before capitalised words that hold a known name makes them one organisation', () => {
    testSingleEntity('En face, le collectif Stop Amazon Fournès a recueilli 25 000 signatures.', 'Stop Amazon Fournès', 'ORG');
    testSingleEntity('La société Amazon France recrute.', 'Amazon France', 'ORG');
  });

  it('a designation before a known name and unknown capitalised words makes them one organisation', () => {
    testSingleEntity('Pour le collectif Amazon Employees for Climate Justice, ces chiffres sont faux.', 'Amazon Employees for Climate Justice', 'ORG');
  });

  it('reads a short document after a long one without the long one’s leftovers', () => {
    entitiesOf('Il a vu Jean Dupont et Marie Curie à Paris. '.repeat(50));
    expect(entitiesOf('Il travaille pour le groupe Amazon').map((entity) => entity.canonical)).toEqual(['Amazon']);
  });

  it('a team named after its city is one organisation (« les Rangers de New York »)', () => {
    testSingleEntity('Il signe avec les Rangers de New York.', 'Rangers de New York', 'ORG');
    testSingleEntity('Il joue face aux Canadiens de Montréal.', 'Canadiens de Montréal', 'ORG');
    testNoEntity('Il signe avec les Rangers de New York.', 'New York');
    testSingleEntity("Il marque face aux Sénateurs d'Ottawa.", "Sénateurs d'Ottawa", 'ORG');
    testSingleEntity('Il vit aux Pays-Bas.', 'Pays-Bas', 'LOC');
  });

  it('a club after « face au », « signé au », « contre le » is an organisation; a known country stays a place', () => {
    testSingleEntity('Il a signé au Jokerit cette saison.', 'Jokerit', 'ORG');
    testSingleEntity('Face au Feyenoord, il marque.', 'Feyenoord', 'ORG');
    testSingleEntity('Il joue contre le Mexique.', 'Mexique', 'LOC');
  });

  it('two companies joined by a hyphen stay two', () => {
    testSingleEntity("L'alliance Renault-Nissan vacille.", 'Renault', 'ORG');
    testSingleEntity("L'alliance Renault-Nissan vacille.", 'Nissan', 'ORG');
  });

  it('« à X » is a place', () => {
    testSingleEntity("Le projet d'entrepôt à Villeplane inquiète les riverains.", 'Villeplane', 'LOC');
  });

  it('a place followed by its département is a place', () => {
    testSingleEntity('Dans son entrepôt de Montrevel (Saône-et-Loire), rien ne se perd.', 'Montrevel', 'LOC');
  });

  it('« le documentaire X » is a work', () => {
    testSingleEntity('On le voit dans le documentaire Dataland, sorti en 2020.', 'Dataland', 'MISC');
  });

  it('a sentence-case title after « dans » is a work, and wins over the names inside it', () => {
    const text = "Dans Le monde selon Google, l'auteur enquête. Il raconte Le monde selon Google en détail.";
    testSingleEntity(text, 'Le monde selon Google', 'MISC', ['Le monde selon Google', 'Le monde selon Google']);
  });

  it('a head noun makes an organisation of an unknown name', () => {
    testSingleEntity('Elle a rejoint la Fédération Nationale des Boulangers cette année.', 'Fédération Nationale des Boulangers', 'ORG');
  });

  it('« océan X » is a place including its head', () => {
    testSingleEntity("Les forêts proches de l'océan Pacifique sont humides.", 'océan Pacifique', 'LOC');
  });
});

describe('two capitalised words nothing labels', () => {
  it('make a person, whose surname may be an English word', () => {
    testSingleEntity('Le livre de Brigham Young a été réédité.', 'Brigham Young', 'PER');
    testSingleEntity('Le rapport cite Satya Nadella à plusieurs reprises.', 'Satya Nadella', 'PER');
  });

  it('make no person when a word is a French word or an English word before the last', () => {
    testSingleEntity("Le jeu d'Electronic Arts sort en mars.", 'Electronic Arts', 'ORG');
    testSingleEntity('Le krach précède la Grande Dépression de peu.', 'Grande Dépression', 'ORG');
  });
});

describe('what is not an entity', () => {
  it('a capitalised common word at the start of a sentence', () => {
    testNoEntity('Reconnaissance faciale, destruction des invendus.', 'Reconnaissance');
  });

  it('page furniture', () => {
    testNoEntity('Un texte.\n\nPublicité\n\nSource : Amazon France', 'Publicité');
    testNoEntity('Un texte.\n\nPublicité\n\nSource : Amazon France', 'Source');
  });

  it('a nationality after a plural determiner', () => {
    testNoEntity('Le partenariat laisse les Européens sur le bord de la route.', 'Européens');
  });

  it('a common noun written as an acronym', () => {
    testNoEntity('Toute la R&D sera entre leurs mains.', 'R&D');
  });

  it('a capitalised stopword', () => {
    testNoEntity('« Cela ne devrait surprendre personne », dit-il.', 'Cela');
  });
});

describe('the shapes of place names', () => {
  it('capitalised parts joined by hyphens with a small word are a place', () => {
    testSingleEntity("L'avion a atterri à Port-au-Prince hier.", 'Port-au-Prince', 'LOC');
    testSingleEntity('Il quitte Aix-la-Chapelle pour Berlin.', 'Aix-la-Chapelle', 'LOC');
  });

  it('capitalised parts joined by hyphens are a place by default', () => {
    testSingleEntity('Le Bade-Wurtemberg a voté.', 'Bade-Wurtemberg', 'LOC');
  });

  it('an English place name ends with a word for a place', () => {
    testSingleEntity('La foule envahit Trafalgar Square chaque soir.', 'Trafalgar Square', 'LOC');
  });

  it('a Spanish or Italian place name starts with one', () => {
    testSingleEntity('La fête a lieu sur la Plaza Mayor chaque été.', 'Plaza Mayor', 'LOC');
  });
});
