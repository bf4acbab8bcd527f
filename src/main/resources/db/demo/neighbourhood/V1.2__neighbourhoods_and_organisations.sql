-- Demo data: three fictional neighbourhoods in the fictional county of Wendshire, and the organisations that
-- serve them. Postcode districts use letter pairs that are not real UK postcode areas (KM, NH, EW) and
-- websites use the reserved .example domain, so nothing here points at a real place or organisation.
-- Loaded once (see Migrator) into the embedded default database only, unless DEMO_DATA=true.
INSERT INTO neighbourhood (slug, name, description, population) VALUES
 ('kingsmead', 'Kingsmead and Riverside',
  'Victorian terraces around the old market square, the Riverside estate and the new homes on the former mill site, either side of the River Wend. Younger than the county average, with many families and a growing number of people living alone in later life.',
  41200),
 ('northgate-hill', 'Northgate Hill',
  'A hillside of 1930s semis and 1960s council flats above the town centre, with a busy shopping parade on Northgate Road. A diverse, close-knit community where many residents have lived for decades.',
  36800),
 ('eastwell-valley', 'Eastwell Valley',
  'Three former villages (Eastwell, Orchard Green and Valley Road) joined by newer estates along the valley floor. More older residents than elsewhere in Wendshire, and fewer buses.',
  47500);

INSERT INTO neighbourhood_postcode_district (neighbourhood_id, district)
  SELECT id, 'KM1' FROM neighbourhood WHERE slug = 'kingsmead'
  UNION ALL SELECT id, 'KM2' FROM neighbourhood WHERE slug = 'kingsmead'
  UNION ALL SELECT id, 'KM3' FROM neighbourhood WHERE slug = 'kingsmead'
  UNION ALL SELECT id, 'NH4' FROM neighbourhood WHERE slug = 'northgate-hill'
  UNION ALL SELECT id, 'NH5' FROM neighbourhood WHERE slug = 'northgate-hill'
  UNION ALL SELECT id, 'NH6' FROM neighbourhood WHERE slug = 'northgate-hill'
  UNION ALL SELECT id, 'EW1' FROM neighbourhood WHERE slug = 'eastwell-valley'
  UNION ALL SELECT id, 'EW2' FROM neighbourhood WHERE slug = 'eastwell-valley'
  UNION ALL SELECT id, 'EW7' FROM neighbourhood WHERE slug = 'eastwell-valley';

INSERT INTO organisation (slug, name, kind, website, description) VALUES
 -- county-wide statutory partners
 ('wendshire-council', 'Wendshire Council', 'LOCAL_AUTHORITY', 'https://wendshire-council.example',
  'Bins, roads, libraries, parks, planning and council tax; the council''s neighbourhood officers join each partnership board.'),
 ('wendshire-public-health', 'Wendshire Public Health', 'PUBLIC_HEALTH', 'https://wendshire-council.example/public-health',
  'The council''s public health team: stop smoking, healthy weight, sexual health and the joint strategic needs assessment.'),
 ('wendshire-adult-social-care', 'Wendshire Adult Social Care', 'SOCIAL_CARE', 'https://wendshire-council.example/adult-social-care',
  'Care assessments, carers'' assessments, home care and reablement for adults.'),
 ('wendshire-hospitals', 'Wendshire Hospitals NHS Foundation Trust', 'NHS_TRUST', 'https://wendshire-hospitals.example',
  'Wendshire General Hospital, its urgent treatment centre and outpatient clinics.'),
 ('wendshire-community-health', 'Wendshire Community Health Services', 'COMMUNITY_HEALTH_SERVICES', 'https://wendshire-community-health.example',
  'District nurses, health visitors, community therapy and the falls service.'),
 ('wendshire-mental-health', 'Wendshire Mental Health Partnership NHS Trust', 'MENTAL_HEALTH_SERVICES', 'https://wendshire-mental-health.example',
  'Talking therapies, community mental health teams and the 24-hour crisis line.'),
 ('wendshire-fire', 'Wendshire Fire and Rescue Service', 'FIRE_AND_RESCUE', 'https://wendshire-fire.example',
  'Emergency response, and free home fire safety visits for older and disabled residents.'),
 ('wendshire-police-central', 'Wendshire Police – Central Neighbourhood Team', 'POLICE', 'https://wendshire-police.example/central',
  'The neighbourhood policing team for Kingsmead and Northgate Hill.'),
 ('wendshire-police-east', 'Wendshire Police – East Neighbourhood Team', 'POLICE', 'https://wendshire-police.example/east',
  'The neighbourhood policing team for Eastwell Valley.'),
 ('wendhome-housing', 'Wendhome Housing Association', 'HOUSING', 'https://wendhome.example',
  'Around 4,000 affordable homes across Kingsmead and Eastwell, with tenancy support and money advice.'),
 ('northgate-homes', 'Northgate Homes Co-operative', 'HOUSING', 'https://northgate-homes.example',
  'A tenant-run housing co-operative managing the Northgate flats.'),
 ('wend-valley-college', 'Wend Valley College', 'SCHOOL_OR_COLLEGE', 'https://wend-valley-college.example',
  'Further education college with adult learning, ESOL and health and social care courses.'),
 -- Kingsmead and Riverside
 ('riverside-medical-practice', 'Riverside Medical Practice', 'GP_PRACTICE', 'https://riverside-medical.example',
  'GP practice on Mill Lane, 14,000 registered patients.'),
 ('kingsmead-health-centre', 'Kingsmead Health Centre', 'GP_PRACTICE', 'https://kingsmead-health.example',
  'GP practice and pharmacy by the market square, 16,500 registered patients.'),
 ('kingsmead-riverside-pcn', 'Kingsmead and Riverside Primary Care Network', 'PRIMARY_CARE_NETWORK', 'https://kingsmead-pcn.example',
  'The two Kingsmead practices working together, with social prescribing link workers, care coordinators and a clinical pharmacist.'),
 ('kingsmead-academy', 'Kingsmead Academy', 'SCHOOL_OR_COLLEGE', 'https://kingsmead-academy.example',
  'Secondary school for 11 to 18 year olds.'),
 ('kingsmead-leisure-centre', 'Kingsmead Leisure Centre', 'LEISURE_PROVIDER', 'https://kingsmead-leisure.example',
  'Pool, gym, sports hall and exercise-on-referral classes.'),
 ('riverside-food-pantry', 'Riverside Food Pantry', 'VOLUNTARY_OR_COMMUNITY_GROUP', 'https://riverside-pantry.example',
  'Low-cost weekly shop and a warm space with free tea and advice, Tuesdays and Fridays.'),
 ('kingsmead-carers-circle', 'Kingsmead Carers'' Circle', 'VOLUNTARY_OR_COMMUNITY_GROUP', 'https://kingsmead-carers.example',
  'Peer support for unpaid carers: monthly coffee mornings and a phone buddy scheme.'),
 ('st-marys-kingsmead', 'St Mary''s Church, Kingsmead', 'FAITH_GROUP', 'https://st-marys-kingsmead.example',
  'Parish church hosting a lunch club, toddler group and the night shelter in winter.'),
 ('riverside-estate-residents', 'Riverside Estate Residents'' Association', 'RESIDENTS_ASSOCIATION', NULL,
  'Residents of the Riverside estate; meets on the first Monday of the month at the community room.'),
 -- Northgate Hill
 ('northgate-surgery', 'Northgate Surgery', 'GP_PRACTICE', 'https://northgate-surgery.example',
  'GP practice on Northgate Road, 12,800 registered patients.'),
 ('hillside-family-practice', 'Hillside Family Practice', 'GP_PRACTICE', 'https://hillside-practice.example',
  'GP practice on Hillside Avenue, 11,200 registered patients.'),
 ('northgate-hill-pcn', 'Northgate Hill Primary Care Network', 'PRIMARY_CARE_NETWORK', 'https://northgate-pcn.example',
  'Northgate Surgery and Hillside Family Practice, with a shared social prescribing team.'),
 ('northgate-primary', 'Northgate Primary School', 'SCHOOL_OR_COLLEGE', 'https://northgate-primary.example',
  'Primary school for 4 to 11 year olds, with a breakfast club and family learning.'),
 ('northgate-pool-and-gym', 'Northgate Pool and Gym', 'LEISURE_PROVIDER', 'https://northgate-pool.example',
  'Community pool with women-only sessions and free swims for under-16s in the holidays.'),
 ('hill-good-neighbours', 'Hill Good Neighbours', 'VOLUNTARY_OR_COMMUNITY_GROUP', 'https://hill-good-neighbours.example',
  'Volunteers who do shopping, lifts to appointments and friendly calls for neighbours who need a hand.'),
 ('northgate-mens-shed', 'Northgate Men''s Shed', 'VOLUNTARY_OR_COMMUNITY_GROUP', NULL,
  'Woodwork, repairs and conversation, open to all, weekday mornings.'),
 ('northgate-mosque', 'Northgate Hill Mosque and Community Centre', 'FAITH_GROUP', 'https://northgate-mosque.example',
  'Mosque with a community centre hosting advice sessions, a youth club and health checks.'),
 ('northgate-tenants', 'Northgate Flats Tenants'' Association', 'RESIDENTS_ASSOCIATION', NULL,
  'Tenants of the Northgate flats; works with Northgate Homes on repairs and the shared gardens.'),
 -- Eastwell Valley
 ('eastwell-medical-group', 'Eastwell Medical Group', 'GP_PRACTICE', 'https://eastwell-medical.example',
  'GP practice with branch surgeries in Eastwell and Orchard Green, 18,000 registered patients.'),
 ('valley-road-surgery', 'Valley Road Surgery', 'GP_PRACTICE', 'https://valley-road-surgery.example',
  'GP practice on Valley Road, 9,600 registered patients.'),
 ('orchard-lane-practice', 'Orchard Lane Practice', 'GP_PRACTICE', 'https://orchard-lane.example',
  'GP practice on Orchard Lane, 10,400 registered patients.'),
 ('eastwell-valley-pcn', 'Eastwell Valley Primary Care Network', 'PRIMARY_CARE_NETWORK', 'https://eastwell-pcn.example',
  'The three valley practices, with an enhanced care team for housebound patients.'),
 ('eastwell-high', 'Eastwell High School', 'SCHOOL_OR_COLLEGE', 'https://eastwell-high.example',
  'Secondary school for 11 to 16 year olds.'),
 ('eastwell-sports-village', 'Eastwell Sports Village', 'LEISURE_PROVIDER', 'https://eastwell-sports.example',
  'Leisure centre with a pool, walking netball, chair yoga and a community café.'),
 ('eastwell-age-friendly', 'Eastwell Age Friendly Network', 'VOLUNTARY_OR_COMMUNITY_GROUP', 'https://eastwell-age-friendly.example',
  'Older residents making the valley a better place to grow old: community transport, lunch clubs and digital help.'),
 ('valley-young-carers', 'Valley Young Carers', 'VOLUNTARY_OR_COMMUNITY_GROUP', 'https://valley-young-carers.example',
  'Support, trips and a weekly club for young people who look after someone at home.'),
 ('eastwell-community-garden', 'Eastwell Community Garden', 'VOLUNTARY_OR_COMMUNITY_GROUP', NULL,
  'A volunteer-run garden growing food for the valley''s lunch clubs; green social prescribing sessions on Thursdays.'),
 ('eastwell-gurdwara', 'Eastwell Gurdwara', 'FAITH_GROUP', 'https://eastwell-gurdwara.example',
  'Gurdwara serving langar every day, open to all.'),
 ('orchard-green-residents', 'Orchard Green Residents'' Association', 'RESIDENTS_ASSOCIATION', NULL,
  'Residents of Orchard Green village and the new Orchard Meadows estate.');

INSERT INTO organisation_neighbourhood (organisation_id, neighbourhood_id)
  SELECT o.id, n.id FROM organisation o, neighbourhood n
  WHERE o.slug IN ('wendshire-council', 'wendshire-public-health', 'wendshire-adult-social-care',
                   'wendshire-hospitals', 'wendshire-community-health', 'wendshire-mental-health', 'wendshire-fire',
                   'wend-valley-college');

INSERT INTO organisation_neighbourhood (organisation_id, neighbourhood_id)
  SELECT o.id, n.id FROM organisation o, neighbourhood n
  WHERE n.slug = 'kingsmead'
    AND o.slug IN ('wendshire-police-central', 'wendhome-housing', 'riverside-medical-practice',
                   'kingsmead-health-centre', 'kingsmead-riverside-pcn', 'kingsmead-academy', 'kingsmead-leisure-centre',
                   'riverside-food-pantry', 'kingsmead-carers-circle', 'st-marys-kingsmead', 'riverside-estate-residents');

INSERT INTO organisation_neighbourhood (organisation_id, neighbourhood_id)
  SELECT o.id, n.id FROM organisation o, neighbourhood n
  WHERE n.slug = 'northgate-hill'
    AND o.slug IN ('wendshire-police-central', 'northgate-homes', 'northgate-surgery', 'hillside-family-practice',
                   'northgate-hill-pcn', 'northgate-primary', 'northgate-pool-and-gym', 'hill-good-neighbours',
                   'northgate-mens-shed', 'northgate-mosque', 'northgate-tenants');

INSERT INTO organisation_neighbourhood (organisation_id, neighbourhood_id)
  SELECT o.id, n.id FROM organisation o, neighbourhood n
  WHERE n.slug = 'eastwell-valley'
    AND o.slug IN ('wendshire-police-east', 'wendhome-housing', 'eastwell-medical-group', 'valley-road-surgery',
                   'orchard-lane-practice', 'eastwell-valley-pcn', 'eastwell-high', 'eastwell-sports-village',
                   'eastwell-age-friendly', 'valley-young-carers', 'eastwell-community-garden', 'eastwell-gurdwara',
                   'orchard-green-residents');
