//! `cargo run -p pipeline --bin synth -- FACTOR OUT_DIR`: writes a synthetic corpus of
//! `5 × FACTOR` invented articles about invented productions (people, jobs, characters,
//! places, dated events), for the benchmark's 10× and 100× builds. Deterministic.

use std::fs;
use std::path::PathBuf;
use std::process::ExitCode;

const FIRST: &[&str] =
    &["Mara", "Tobin", "Ilse", "Dario", "Wren", "Calla", "Osric", "Nell", "Pavel", "Juno", "Rhea", "Silas"];
const LAST: &[&str] =
    &["Varga", "Holloway", "Quill", "Amsel", "Brisco", "Thorne", "Lindqvist", "Okafor", "Marchetti", "Dunmore"];
const PLACES: &[&str] = &["Oregon", "Nevada", "Alberta", "Andalusia", "Patagonia", "Wyoming", "Sardinia", "Utah"];
const JOBS: &[&str] = &["director", "cinematographer", "composer", "editor", "producer", "production designer"];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// xorshift64: enough randomness for varied text, identical on every run.
struct Rng(u64);

impl Rng {
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        items[(self.0 % items.len() as u64) as usize]
    }
    fn name(&mut self, n: usize) -> String {
        format!(
            "{} {}{}",
            self.pick(FIRST),
            self.pick(LAST),
            if n > 0 { format!("-{}", self.pick(LAST)) } else { String::new() }
        )
    }
}

fn article(rng: &mut Rng, i: usize) -> String {
    let title = format!(
        "{} {}",
        rng.pick(&["Dust", "Iron", "Salt", "Ember", "Hollow"]),
        rng.pick(&["Creek", "Road", "Sky", "Ridge"])
    );
    let (star, co, maker, tech) = (rng.name(i % 3), rng.name(i % 5), rng.name(i % 7), rng.name(i % 11));
    let (character, job, place) = (rng.name(0), rng.pick(JOBS), rng.pick(PLACES));
    let year = 1990 + (i % 35);
    let (m1, m2) = (rng.pick(MONTHS), rng.pick(MONTHS));
    let (critic, town, writer) = (rng.name(i % 13), rng.pick(PLACES), rng.name(i % 17));
    let mood = rng.pick(&["bleak", "tender", "restless", "patient", "furious"]);
    format!(
        "{title}: The Making of a Western\n\
         “{title}” is directed by {maker} and stars {star} as {character}.\n\
         {co} plays the sheriff, and {job} {tech} joined the crew in {m1} {year}.\n\
         The screenplay was written by {writer}, who based it on a story set in {town}.\n\
         Filming began in {place} in {m2} {year} after a long delay. Production wrapped in {m1} {}.\n\
         The shoot was {mood}, with long days in the heat and nights spent rewriting scenes. \
         The crew moved three times, and the weather changed the schedule more than once. \
         “We had to trust the landscape,” {maker} told the trade press. “Every morning it looked different.”\n\
         The film premiered at a festival on {m2} 12, {}, and was released in theaters later that year.\n\
         Critic {critic} called the result {mood} and precise, a western more interested in silence than in gunfire. \
         The score leans on a single guitar, and the editing lets scenes breathe.\n\
         Related: Ten Westerns to Watch This Year\n\
         Share this article\n",
        year + 1,
        year + 2
    )
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (Some(factor), Some(out)) = (args.next().and_then(|f| f.parse::<usize>().ok()), args.next()) else {
        eprintln!("usage: synth FACTOR OUT_DIR");
        return ExitCode::FAILURE;
    };
    let out = PathBuf::from(out);
    fs::create_dir_all(&out).expect("output directory can be created");
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    for i in 0..5 * factor {
        fs::write(out.join(format!("{i:05}.txt")), article(&mut rng, i)).expect("article can be written");
    }
    println!("wrote {} articles to {}", 5 * factor, out.display());
    ExitCode::SUCCESS
}
