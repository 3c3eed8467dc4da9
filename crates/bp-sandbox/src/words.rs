//! Word lists for the seed data, kept apart so `seed.rs` reads as logic.
//!
//! Names are varied on purpose (several scripts' worth of names, agencies and small
//! businesses, one non-ASCII name) so that table layout and CSV escaping get exercised.

/// The partner's customers: (name, email). Index 0 owns most seed data.
pub(super) const CUSTOMERS: [(&str, &str); 60] = [
    ("Bluefin Marketing", "team@bluefinmarketing.io"),
    ("Priya Sharma", "priya@sharmaconsulting.in"),
    ("Oakridge Dental Care", "frontdesk@oakridgedental.com"),
    ("Kevin Alvarez", "kevin.alvarez@alvarezlegal.com"),
    ("Lumen Fitness Studio", "hello@lumenfitness.co"),
    ("Chen Wei", "chen.wei@redlanternfoods.sg"),
    ("Maple & Main Realty", "leads@maplemainrealty.com"),
    ("Fatima Al-Sayed", "fatima@desertbloomevents.ae"),
    ("Northwind Travel", "bookings@northwindtravel.com"),
    ("Lukas Becker", "lukas@beckerautohaus.de"),
    ("Greenleaf Organics", "support@greenleaforganics.co.uk"),
    ("Amara Okafor", "amara@okaforstyles.ng"),
    ("Pixel Forge Agency", "studio@pixelforge.agency"),
    ("Sofia Rossi", "sofia.rossi@trattoriarossi.it"),
    ("Harbor Point Insurance", "quotes@harborpointins.com"),
    ("Arjun Mehta", "arjun@mehtaedtech.in"),
    ("Clearview Eye Clinic", "care@clearvieweye.com.au"),
    ("Emily Johnson", "emily@johnsonhomedecor.com"),
    ("Summit Peak Coaching", "coach@summitpeakcoaching.com"),
    ("Rafael Souza", "rafael@souzaimoveis.com.br"),
    ("Velvet Crumb Bakery", "orders@velvetcrumb.co"),
    ("Hannah Mueller", "hannah@muellerphysio.de"),
    ("BrightPath Tutors", "enrol@brightpathtutors.com"),
    ("Daniel Kim", "daniel.kim@kimlogistics.kr"),
    ("Coastal Kitchens", "design@coastalkitchens.com.au"),
    ("Aisha Khan", "aisha@khanboutique.pk"),
    ("Ironclad Security", "ops@ironcladsec.io"),
    ("Mateo García", "mateo@garciaviajes.es"),
    ("Blue Ocean Dive Center", "dive@blueoceandive.com"),
    ("Olivia Brown", "olivia@brownwellness.co.uk"),
    ("Spice Route Restaurants", "hello@spiceroute.in"),
    ("Nguyen Thi Lan", "lan@lanbeauty.vn"),
    ("Quantum Ledger Accounting", "books@quantumledger.com"),
    ("Jacob Wilson", "jacob@wilsonroofing.com"),
    ("Evergreen Senior Living", "admissions@evergreenliving.org"),
    ("Yuki Tanaka", "yuki@tanakadesign.jp"),
    ("Metro Auto Repairs", "service@metroautorepairs.com"),
    ("Grace Thompson", "grace@thompsonlaw.ca"),
    ("Sparkle Clean Co.", "book@sparkleclean.co"),
    ("Omar Haddad", "omar@haddadtrading.ae"),
    ("Riverbend Veterinary", "appointments@riverbendvet.com"),
    ("Isabella Costa", "isabella@costafloral.pt"),
    ("Nimbus Cloud Solutions", "sales@nimbuscloud.io"),
    ("Rohan Gupta", "rohan@guptarealty.in"),
    ("Little Sprouts Daycare", "hello@littlesprouts.care"),
    ("Chloe Martin", "chloe@martinpatisserie.fr"),
    ("Atlas Freight Forwarding", "quotes@atlasfreight.co"),
    ("Samuel Adeyemi", "samuel@adeyemitech.ng"),
    ("Bloom Skin Clinic", "glow@bloomskin.clinic"),
    ("Ethan Clarke", "ethan@clarkephotography.com"),
    ("Horizon Solar", "install@horizonsolar.energy"),
    ("Zara Ahmed", "zara@zarahome.co.uk"),
    ("Peak Performance Gym", "join@peakperformancegym.com"),
    ("Lucas Dubois", "lucas@duboisvins.fr"),
    ("Golden Key Locksmiths", "help@goldenkeylocks.com"),
    ("Meera Iyer", "meera@iyerayurveda.in"),
    ("Urban Nest Interiors", "studio@urbannest.design"),
    ("Noah Fischer", "noah@fischerbikes.ch"),
    ("Sapphire Hotels", "reservations@sapphirehotels.com"),
    ("Leila Nasser", "leila@nassercreative.studio"),
];

pub(super) const FIRST_NAMES: [&str; 40] = [
    "Aarav",
    "Diya",
    "Rahul",
    "Sneha",
    "Vikram",
    "Ananya",
    "Karan",
    "Pooja",
    "Liam",
    "Olivia",
    "Noah",
    "Emma",
    "Mohammed",
    "Fatima",
    "Yusuf",
    "Layla",
    "Chen",
    "Mei",
    "Hiroshi",
    "Sakura",
    "Lucas",
    "Sofia",
    "Mateo",
    "Valentina",
    "Chidi",
    "Ngozi",
    "Tunde",
    "Ama",
    "Jonas",
    "Lena",
    "Felix",
    "Marie",
    "Arjun",
    "Kavya",
    "Ethan",
    "Ava",
    "Omar",
    "Zainab",
    "Daniel",
    "Grace",
];

pub(super) const LAST_NAMES: [&str; 40] = [
    "Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Singh", "Das", "Smith", "Johnson",
    "Williams", "Brown", "Khan", "Hassan", "Rahman", "Ali", "Wang", "Li", "Tanaka", "Sato",
    "Silva", "Santos", "Garcia", "Lopez", "Okafor", "Adeyemi", "Mensah", "Schmidt", "Weber",
    "Meyer", "Martin", "Dubois", "Kim", "Nguyen", "Clarke", "Evans", "Ahmed", "Costa", "Rossi",
    "Fischer",
];

pub(super) const MAIL_DOMAINS: [&str; 7] = [
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "hotmail.com",
    "icloud.com",
    "proton.me",
    "rediffmail.com",
];

/// (calling code, country, national number digits, leading digits of mobile numbers
/// separated by `|`, weight).
pub(super) const COUNTRIES: [(&str, &str, usize, &str, u64); 10] = [
    ("91", "India", 10, "6|7|8|9", 40),
    ("1", "United States", 10, "2|3|4|5|6|7|8|9", 12),
    ("44", "United Kingdom", 10, "7", 8),
    ("971", "United Arab Emirates", 9, "50|52|55|56|58", 8),
    ("61", "Australia", 9, "4", 6),
    ("49", "Germany", 11, "151|152|160|170|176", 5),
    ("55", "Brazil", 11, "119|219|319", 5),
    ("234", "Nigeria", 10, "70|80|81|90", 6),
    ("65", "Singapore", 8, "8|9", 5),
    ("62", "Indonesia", 11, "81|82|85", 5),
];

/// A city in each of [`COUNTRIES`], same order.
pub(super) const CITIES: [&str; 10] = [
    "Pune",
    "Austin",
    "Manchester",
    "Dubai",
    "Melbourne",
    "Berlin",
    "São Paulo",
    "Lagos",
    "Singapore",
    "Jakarta",
];

/// (tag, percent of contacts that carry it).
pub(super) const TAGS: [(&str, u64); 8] = [
    ("newsletter", 30),
    ("vip", 10),
    ("trial", 15),
    ("churn-risk", 8),
    ("wholesale", 7),
    ("returning", 15),
    ("demo-booked", 8),
    ("support", 12),
];

/// (chat status, weight).
pub(super) const STATUSES: [(&str, u64); 6] = [
    ("OPEN", 55),
    ("INPROGRESS", 15),
    ("REVIEW", 8),
    ("ONHOLD", 7),
    ("DEPENDANCY", 5),
    ("CLOSED", 10),
];

/// (title, description) of lead notes.
pub(super) const NOTES: [(&str, &str); 5] = [
    ("Call back", "Asked for a call back after 5 pm."),
    (
        "Pricing",
        "Interested in the annual plan; wants a quote for 5 seats.",
    ),
    ("Demo", "Booked a product demo for next week."),
    ("Follow-up", "Sent the brochure by email."),
    ("Budget", "Budget approved for next quarter."),
];
