package org.youthjustice.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.youthjustice.local.LocalPlatform;
import org.youthjustice.local.Settings;

/**
 * P5's national partnership, written straight into order-service's, compliance-service's and allocation-service's
 * databases with COPY: {@code authorities} youth justice services (the first is wokingham, the demo users' own),
 * {@code cases} children's cases spread evenly over them, each with its court outcome, order and ten milestones; in
 * compliance each case supervised, the orders in force with their appointments (previous, this and next month) and
 * the absences of those missed; in allocation each authority's workers in four teams, the cases they hold and the
 * requests waiting for a worker.
 *
 * <p>What a national partnership looks like, by construction: a third of the cases are open and allocated, one in
 * three hundred is open and waiting for allocation, the rest are closed (their orders completed, every milestone
 * met); an open case has three milestones open (some overdue) and seven met. The cases are written interleaved
 * across authorities, as they arrive in production, so that no authority's rows sit together on disk. Every value
 * comes from the case's index through a seeded generator: the same size always writes the same rows, and each
 * table's pass regenerates the case it needs instead of keeping a million of them in memory.
 *
 * <p>The load is a bulk load: for each table its secondary indexes are dropped, the rows copied, the indexes built
 * again (as the migrations define them, read from pg_indexes), foreign keys not checked row by row (the session's
 * replication role: the rows are consistent by construction); then VACUUM ANALYZE, the state autovacuum leaves a
 * table in.
 */
final class NationalScaleData {
    static final String HOME = "wokingham";
    static final String[] TEAMS = { "community-orders-unit", "court-and-bail-team", "prevention-team",
            "custody-and-resettlement-team" };
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final int MILESTONES_PER_CASE = 10;
    private static final String BY = "national-scale-benchmark";
    private static final String REFERENCE_CHARACTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final String[] GIVEN = { "Oliver", "Amelia", "Noah", "Isla", "George", "Ava", "Leo", "Mia", "Arthur",
            "Ivy", "Muhammad", "Lily", "Harry", "Freya", "Oscar", "Grace", "Archie", "Sophia", "Henry", "Florence", "Theo",
            "Willow", "Jack", "Rosie", "Charlie", "Evie", "Finley", "Poppy", "Jacob", "Ella", "Thomas", "Daisy", "Alfie",
            "Ruby", "Isaac", "Sienna", "Lucas", "Matilda", "Joshua", "Millie", "Ethan", "Harper", "Mason", "Phoebe",
            "Reuben", "Zara", "Kai", "Aisha", "Tyler", "Chloe", "Logan", "Jade", "Rhys", "Megan", "Callum", "Leah",
            "Kieran", "Holly", "Connor", "Bethany", "Jordan", "Shannon", "Liam", "Courtney", "Aaron", "Jasmine",
            "Bradley", "Niamh", "Declan", "Tia", "Ryan", "Keira", "Dylan", "Paige", "Ellis", "Caitlin", "Jayden",
            "Nadia", "Ibrahim", "Amira", "Yusuf", "Maryam", "Kacper", "Zuzanna", "Mateusz", "Oliwia", "Andrei",
            "Ioana", "Tariq", "Priya", "Arjun", "Anaya", "Kofi", "Ama", "Tobi", "Ife", "Callan", "Skye", "Brandon",
            "Kayla" };
    private static final String[] FAMILY = { "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans",
            "Wilson", "Thomas", "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards",
            "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin",
            "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen",
            "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths",
            "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Miller",
            "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson", "Ellis", "Adams", "Singh", "Begum", "Wilkinson",
            "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray", "Mason", "Ali", "Hunt", "Hussain", "Campbell",
            "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes", "Knight", "Lloyd", "Butler", "Russell", "Barker",
            "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey", "Graham", "Pearson", "Ahmed", "Fletcher",
            "Walsh", "Kaur", "Gibson", "Howard", "Andrews", "Stewart", "Elliott", "Reynolds", "Saunders", "Payne",
            "Fox", "Ford", "Pearce", "Day", "Brooks", "West", "Lawrence", "Cole", "Atkinson", "Bradley", "Spencer",
            "Gill", "Dawson", "Ball", "Burton", "O'Brien", "Watts", "Rose", "Booth", "Perry", "Ryan", "Grant", "Wells",
            "Armstrong", "Francis", "Rees", "Hayes", "Hart", "Hudson", "Newman", "Barrett", "Webster", "Hunter",
            "Gregory", "Carr", "Lowe", "Page", "Marsh", "Riley", "Dunn", "Woods", "Parsons", "Berry", "Stone", "Reid",
            "Holland", "Hawkins", "Harding", "Porter", "Robertson", "Newton", "Oliver", "Reed", "Kennedy", "Williamson",
            "Bird", "Gardner", "Shah", "Dean", "Lane", "Cooke", "Bates", "Henderson", "Parry", "Burgess", "Bishop",
            "Walton", "Burns", "Nicholson", "Shepherd", "Ross", "Cross", "Long", "Freeman", "Warren", "Nicholls",
            "Hamilton", "Byrne", "Sutton", "McDonald", "Yates", "Hodgson", "Robson", "Curtis", "Hopkins", "O'Connor",
            "Harper", "Coleman", "Watkins", "Moss", "McCarthy", "Chambers", "O'Neill", "Griffin", "Sharp", "Hardy",
            "Wheeler", "Potter", "Osborne", "Johnston", "Gordon", "Doyle", "Wallace", "George", "Jordan", "Hutchinson",
            "Rowe", "Burke", "May", "Pritchard", "Gilbert", "Willis", "Higgins", "Read", "Miles", "Stevenson",
            "Stephenson", "Hammond", "Arnold", "Buckley", "Walters", "Hewitt", "Barber", "Nelson", "Slater", "Austin",
            "Sullivan", "Whitehead", "Mann", "Frost", "Lambert", "Stephens", "Blake", "Akhtar", "Lynch", "Goodwin",
            "Barton", "Woodward", "Thomson", "Cunningham", "Quinn", "Barnett", "Baxter", "Bibi", "Clayton", "Nash",
            "Greenwood", "Jennings", "Holt", "Kemp", "Poole", "Gallagher", "Bond", "Stokes", "Tucker", "Davidson",
            "Fowler", "Heath", "Norman", "Middleton", "Lawson", "Banks", "French", "Stanley", "Jarvis", "Gibbs",
            "Ferguson", "Hayward", "Carroll", "Douglas", "Dickinson", "Todd", "Barlow", "Peters", "Lucas", "Knowles",
            "Hartley", "Miah", "Simmons", "Morton", "Alexander", "Field", "Morrison", "Norris", "Townsend", "Preston",
            "Hancock", "Thornton", "Baldwin", "Burrows", "Briggs", "Storey", "Pugh", "Kowalski", "Nowak", "Popescu",
            "Mensah", "Okafor", "Adeyemi", "Nguyen", "Chen", "Rahman", "Iqbal", "Malik", "Mahmood", "Chaudhry" };
    private static final String[] LOCALITIES = { "north", "south", "east", "west" };
    private static final String[] RISKS = { "LOW", "LOW", "LOW", "LOW", "LOW", "MEDIUM", "MEDIUM", "MEDIUM", "HIGH",
            "VERY_HIGH" };

    /** The case plan's steps an order sets going: step, rule, time limit (order-service's Step, the policy's limits). */
    private static final String[][] STEPS = {
            { "post-sentence-contact", "MIL-1", "1 working-days" }, { "first-contact", "MIL-2", "5 working-days" },
            { "first-home-visit", "MIL-4", "10 working-days" }, { "first-assessment-review", "MIL-5", "20 working-days" },
            { "intervention-plan", "MIL-6", "15 working-days" }, { "review-meeting", "MIL-7", "3 months" },
            { "unannounced-home-visit", "MIL-3", "1 months" }, { "home-visit", "MIL-4", "1 months" },
            { "assessment-review", "MIL-5", "3 months" }, { "plan-review", "MIL-6", "3 months" } };
    /** The last three steps are the ones still open on an open case. */
    private static final int FIRST_OPEN_STEP = 7;

    private final int authorities;
    private final int cases;
    private final int workersPerTeam;
    private final List<UUID> demoWorkers;
    private final Instant now;
    private final LocalDate today;

    /** A case as every table sees it, regenerated from its index. */
    record Case(int index, int authority, int number, UUID id, UUID outcomeId, UUID orderId, String reference,
            String givenName, String familyName, LocalDate dateOfBirth, String gender, boolean lookedAfter,
            String locality, boolean open, boolean allocated, int team, int worker, UUID caseManager, UUID coWorker,
            Instant openedAt, LocalDate start, LocalDate end, String orderType, String orderWireName, Integer contractMonths,
            String rosh, String saw, String scaledApproach, int appointmentEveryDays, long seed) {
    }

    /**
     * @param demoWorkers the demo users who hold cases (realm user ids: the tokens' subjects), who are the first
     *        workers of wokingham's community-orders-unit, so that their own lists are those of a real caseload
     */
    NationalScaleData(int authorities, int cases, List<UUID> demoWorkers, Instant now) {
        this.authorities = authorities;
        this.cases = cases;
        this.demoWorkers = demoWorkers;
        this.now = now;
        this.today = LocalDate.ofInstant(now, LONDON);
        // a caseload of about twenty open cases each: a third of an authority's cases are open, in four teams
        this.workersPerTeam = Math.max(demoWorkers.size(), cases / authorities / 3 / TEAMS.length / 20 + 1);
    }

    static String authority(int index) {
        return index == 0 ? HOME : "authority-%03d".formatted(index + 1);
    }

    int authorities() {
        return authorities;
    }

    int cases() {
        return cases;
    }

    int workersPerTeam() {
        return workersPerTeam;
    }

    UUID worker(int authority, int team, int number) {
        if (authority == 0 && team == 0 && number < demoWorkers.size()) {
            return demoWorkers.get(number);
        }
        return id(7, ((long) authority * TEAMS.length + team) * 100_000L + number);
    }

    /** A deterministic id that looks like a random one (version 4), so that indexes on ids fill as in production. */
    static UUID id(int kind, long index) {
        long a = mix(kind * 0x9E3779B97F4A7C15L + index);
        long b = mix(a ^ (index * 0xC2B2AE3D27D4EB4FL + kind));
        return new UUID((a & ~0xF000L) | 0x4000L, (b & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    Case of(int index) {
        int authority = index % authorities;
        int number = index / authorities;
        long seed = mix(index + 0x5DEECE66DL);
        SplittableRandom random = new SplittableRandom(seed);
        boolean allocated = number % 3 == 0;
        boolean open = allocated || number % 300 == 1;
        int team = number % TEAMS.length;
        int worker = (number / 12) % workersPerTeam;
        UUID caseManager = open && !allocated ? null : worker(authority, team, worker);
        UUID coWorker = allocated && (number / 12) % 10 == 1 ? worker(authority, team, (worker + 1) % workersPerTeam) : null;
        LocalDate start = open ? today.minusDays(random.nextInt(10, 300)) : today.minusDays(random.nextInt(400, 2000));
        boolean referral = random.nextInt(10) < 3;
        LocalDate end = referral ? start.plusMonths(9) : start.plusMonths(12);
        if (open && end.isBefore(today.plusDays(1))) {
            end = today.plusMonths(3);
        }
        String scaled = switch (random.nextInt(20)) {
            case 0 -> null;
            case 1, 2 -> "INTENSIVE";
            case 3, 4, 5, 6, 7, 8, 9 -> "ENHANCED";
            default -> "STANDARD";
        };
        // most orders are seen as often as their level asks; one in four falls short (CMP-9)
        int every = random.nextInt(4) == 0 ? 16 : "INTENSIVE".equals(scaled) ? 3 : "ENHANCED".equals(scaled) ? 7 : 12;
        StringBuilder reference = new StringBuilder("YJ-").append(start.getYear()).append('-');
        for (int i = 0, n = number; i < 6; i++, n /= REFERENCE_CHARACTERS.length()) {
            reference.insert(8, REFERENCE_CHARACTERS.charAt(n % REFERENCE_CHARACTERS.length()));
        }
        return new Case(index, authority, number, id(1, index), id(2, index), id(3, index), reference.toString(),
                GIVEN[random.nextInt(GIVEN.length)], FAMILY[random.nextInt(FAMILY.length)],
                start.minusYears(random.nextInt(10, 17)).minusDays(random.nextInt(365)),
                random.nextInt(5) == 0 ? "female" : "male", random.nextInt(10) == 0,
                LOCALITIES[random.nextInt(LOCALITIES.length)], open, allocated, team, worker, caseManager, coWorker,
                at(start, 10), start, end, referral ? "REFERRAL_ORDER" : "YOUTH_REHABILITATION_ORDER",
                referral ? "referral-order" : "youth-rehabilitation-order", referral ? 9 : null,
                RISKS[random.nextInt(RISKS.length)], RISKS[random.nextInt(RISKS.length)], scaled, every, seed);
    }

    private static Instant at(LocalDate date, int hour) {
        return date.atTime(LocalTime.of(hour, 0)).atZone(LONDON).toInstant();
    }

    /** The end of {@code date} in London: when a day-based deadline falls due. */
    private static Instant endOf(LocalDate date) {
        return date.plusDays(1).atStartOfDay(LONDON).toInstant();
    }

    private UUID[] coWorkers(Case c) {
        return c.coWorker() == null ? new UUID[0] : new UUID[] { c.coWorker() };
    }

    // ------------------------------------------------------------------------------------------------ the load

    /** What was loaded: rows per table, and how long each database took (copy, indexes, vacuum). */
    record Loaded(Map<String, Long> rows, Map<String, Double> seconds) {
        long total() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private interface Writer {
        void write(Connection connection, Map<String, Long> rows) throws SQLException;
    }

    /** Loads the three databases at once (each on its own connection: PostgreSQL works on them in parallel). */
    Loaded load(Settings settings) throws Exception {
        Map<String, Writer> databases = new LinkedHashMap<>();
        databases.put("order_service", this::orders);
        databases.put("compliance_service", this::compliance);
        databases.put("allocation_service", this::allocation);
        ExecutorService pool = Executors.newFixedThreadPool(databases.size());
        Map<String, Long> rows = new java.util.concurrent.ConcurrentSkipListMap<>();
        Map<String, Double> seconds = new java.util.concurrent.ConcurrentSkipListMap<>();
        try {
            List<Future<?>> running = new ArrayList<>();
            databases.forEach((database, writer) -> running.add(pool.submit(() -> {
                long begun = System.nanoTime();
                try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(database),
                        LocalPlatform.DB_USERNAME, LocalPlatform.DB_PASSWORD)) {
                    bulk(connection, database, writer, rows);
                }
                seconds.put(database, (System.nanoTime() - begun) / 1e9);
                return null;
            })));
            for (Future<?> database : running) {
                database.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new Loaded(rows, seconds);
    }

    private static void bulk(Connection connection, String database, Writer writer, Map<String, Long> rows) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // the bulk load's session: no row-by-row foreign key triggers, commits not waited for, room to sort
            statement.execute("set session_replication_role = replica");
            statement.execute("set synchronous_commit = off");
            statement.execute("set maintenance_work_mem = '512MB'");
            Map<String, Long> before = new LinkedHashMap<>();
            writer.write(null, before); // dry run: which tables this database loads, no rows
            List<String> indexes = new ArrayList<>();
            for (String table : before.keySet()) {
                try (ResultSet found = statement.executeQuery("""
                        select i.indexname, i.indexdef from pg_indexes i
                        where i.schemaname = 'public' and i.tablename = '%s'
                          and not exists (select 1 from pg_constraint k where k.conname = i.indexname)""".formatted(table))) {
                    while (found.next()) {
                        indexes.add(found.getString(2));
                    }
                }
            }
            try {
                for (String definition : indexes) {
                    statement.execute("drop index " + definition.replaceFirst("(?i)^create (unique )?index (\\S+) on .*$", "$2"));
                }
                Map<String, Long> loaded = new LinkedHashMap<>();
                writer.write(connection, loaded);
                loaded.forEach((table, count) -> rows.put(database.replace("_service", "") + "." + table, count));
            } finally {
                for (String definition : indexes) {
                    statement.execute(definition);
                }
            }
            for (String table : before.keySet()) {
                statement.execute("vacuum (analyze) " + table);
            }
            statement.execute("set session_replication_role = origin");
        }
    }

    /** Opens a COPY into {@code table}, or, on the dry run (no connection), only notes the table. */
    private static NationalScaleCopy copy(Connection connection, Map<String, Long> rows, String table, String columns)
            throws SQLException {
        rows.putIfAbsent(table, 0L);
        return connection == null ? null : new NationalScaleCopy(connection, table, columns);
    }

    private void orders(Connection connection, Map<String, Long> rows) throws SQLException {
        try (NationalScaleCopy copy = copy(connection, rows, "child_case", "id, authority, reference, given_name, family_name, "
                + "date_of_birth, gender_identity, looked_after, locality, status, opened_at, case_manager, team, co_workers, allocated_at")) {
            for (int i = 0; copy != null && i < cases; i++) {
                Case c = of(i);
                copy.row(c.id(), authority(c.authority()), c.reference(), c.givenName(), c.familyName(), c.dateOfBirth(),
                        c.gender(), c.lookedAfter(), c.locality(), c.open() ? "OPEN" : "CLOSED", c.openedAt(), c.caseManager(),
                        c.caseManager() == null ? null : TEAMS[c.team()], coWorkers(c),
                        c.caseManager() == null ? null : c.openedAt().plusSeconds(2 * 86_400));
            }
            count(rows, "child_case", copy);
        }
        try (NationalScaleCopy copy = copy(connection, rows, "court_outcome", "id, authority, case_id, court_name, court_reference, "
                + "hearing_date, outcome, crown_court, out_of_area, recorded_at, recorded_by")) {
            for (int i = 0; copy != null && i < cases; i++) {
                Case c = of(i);
                copy.row(c.outcomeId(), authority(c.authority()), c.id(), "Youth Court " + (c.authority() + 1),
                        "CR-" + c.reference(), c.start(), "SENTENCED", false, false, c.openedAt(), BY);
            }
            count(rows, "court_outcome", copy);
        }
        try (NationalScaleCopy copy = copy(connection, rows, "court_order", "id, authority, case_id, outcome_id, order_type, "
                + "start_date, end_date, team, status, custody_threshold_passed, persistent_offender, made_at, ended_on, contract_months")) {
            for (int i = 0; copy != null && i < cases; i++) {
                Case c = of(i);
                copy.row(c.orderId(), authority(c.authority()), c.id(), c.outcomeId(), c.orderType(), c.start(), c.end(),
                        TEAMS[c.team()], c.open() ? "MADE" : "COMPLETED", false, false, c.openedAt(),
                        c.open() ? null : c.end(), c.contractMonths());
            }
            count(rows, "court_order", copy);
        }
        try (NationalScaleCopy copy = copy(connection, rows, "court_order_requirement", "order_id, position, type")) {
            for (int i = 0; copy != null && i < cases; i++) {
                copy.row(of(i).orderId(), 0, "SUPERVISION");
            }
            count(rows, "court_order_requirement", copy);
        }
        try (NationalScaleCopy copy = copy(connection, rows, "milestone", "id, authority, case_id, order_id, rule, triggered_at, "
                + "due_date, due_at, time_limit, policy_version, completed_at, step, team, responsible_worker, closed_at, "
                + "closed_by, evidence_kind, overdue_announced_at")) {
            for (int i = 0; copy != null && i < cases; i++) {
                Case c = of(i);
                SplittableRandom random = new SplittableRandom(c.seed() ^ 0x3C6EF372FE94F82AL);
                for (int k = 0; k < MILESTONES_PER_CASE; k++) {
                    boolean open = c.open() && k >= FIRST_OPEN_STEP;
                    // open ones from three weeks overdue to two months ahead; met ones through the order's life
                    LocalDate due = open ? today.plusDays(random.nextInt(-21, 60))
                            : c.start().plusDays(3 + k * 12L + random.nextInt(10));
                    if (!open && c.open() && !due.isBefore(today)) {
                        due = today.minusDays(1 + random.nextInt(5));
                    }
                    Instant dueAt = endOf(due);
                    Instant triggered = at(due.minusDays(10 + random.nextInt(20)), 9);
                    Instant met = open ? null : dueAt.minusSeconds(3_600L * (2 + random.nextInt(100)));
                    copy.row(id(4, (long) i * MILESTONES_PER_CASE + k), authority(c.authority()), c.id(), c.orderId(),
                            STEPS[k][1], triggered, due, dueAt, STEPS[k][2], authority(c.authority()) + "-2025-1", met,
                            STEPS[k][0], TEAMS[c.team()], c.caseManager(), met, open ? null : BY, open ? null : "contact",
                            // an open milestone past due was announced overdue when it fell due (OverdueMilestones): a
                            // national backlog announced at once would be a storm of events no running platform sees
                            open && dueAt.isBefore(now) ? dueAt.plusSeconds(60) : null);
                }
            }
            count(rows, "milestone", copy);
        }
    }

    private void compliance(Connection connection, Map<String, Long> rows) throws SQLException {
        try (NationalScaleCopy copy = copy(connection, rows, "supervised_case",
                "id, authority, case_manager, team, co_workers, allocated_at, scaled_approach, reference")) {
            for (int i = 0; copy != null && i < cases; i++) {
                Case c = of(i);
                copy.row(c.id(), authority(c.authority()), c.caseManager(), c.caseManager() == null ? null : TEAMS[c.team()],
                        coWorkers(c), c.caseManager() == null ? null : c.openedAt().plusSeconds(2 * 86_400),
                        c.scaledApproach(), c.reference());
            }
            count(rows, "supervised_case", copy);
        }
        try (NationalScaleCopy copy = copy(connection, rows, "supervised_order",
                "id, authority, case_id, order_type, out_of_court, start_date, end_date, team, status, ended_on")) {
            for (int i = 0; copy != null && i < cases; i++) {
                Case c = of(i);
                copy.row(c.orderId(), authority(c.authority()), c.id(), c.orderType(), false, c.start(), c.end(),
                        TEAMS[c.team()], c.open() ? "IN_FORCE" : "COMPLETED", c.open() ? null : c.end().plusDays(1));
            }
            count(rows, "supervised_order", copy);
        }
        // the appointments of the orders in force, last month to next, and the absences of those missed: two passes of
        // the same generator, so that each absence names its appointment
        LocalDate from = today.withDayOfMonth(1).minusMonths(1);
        LocalDate to = today.withDayOfMonth(1).plusMonths(2);
        for (String table : List.of("appointment", "absence")) {
            boolean appointments = table.equals("appointment");
            try (NationalScaleCopy copy = appointments
                    ? copy(connection, rows, "appointment", "id, authority, case_id, order_id, kind, starts_at, ends_at, place, "
                            + "status, scheduled_by, scheduled_at, outcome_recorded_by, outcome_recorded_at, version")
                    : copy(connection, rows, "absence", "id, authority, case_id, order_id, appointment_id, missed_at, "
                            + "follow_up_due_date, follow_up_due_at, follow_up_policy_version, followed_up_at, followed_up_by, "
                            + "judgement, judged_by, judged_at, version")) {
                for (int i = 0; copy != null && i < cases; i++) {
                    Case c = of(i);
                    if (!c.allocated()) {
                        continue;
                    }
                    SplittableRandom random = new SplittableRandom(c.seed() ^ 0x1B873593L);
                    int n = 0;
                    for (LocalDate day = from.plusDays(random.nextInt(c.appointmentEveryDays())); day.isBefore(to);
                            day = day.plusDays(c.appointmentEveryDays()), n++) {
                        if (day.isBefore(c.start()) || day.isAfter(c.end())) {
                            continue;
                        }
                        Instant starts = at(day, 10 + random.nextInt(7));
                        boolean past = starts.isBefore(now);
                        // one in ten missed; and the demo case workers' last week's, so that their own compliance due
                        // list (absences awaiting follow-up, CMP-4) is not empty (the draw is taken either way: both
                        // passes must draw alike)
                        boolean drawn = random.nextInt(10) == 0;
                        boolean missed = past && (drawn || demoWorkers.contains(c.caseManager()) && day.isAfter(today.minusDays(7)));
                        UUID appointment = id(5, (long) i * 1_000 + n);
                        if (appointments) {
                            copy.row(appointment, authority(c.authority()), c.id(), c.orderId(), "supervision", starts,
                                    starts.plusSeconds(3_600), "youth justice service office",
                                    past ? (missed ? "MISSED" : "ATTENDED") : "SCHEDULED", BY,
                                    starts.minusSeconds(14 * 86_400), past ? BY : null, past ? starts.plusSeconds(3_600) : null, 0);
                        } else if (missed) {
                            // the last week's absences still await their follow-up (CMP-4); older ones were followed up and judged
                            LocalDate dueOn = day.plusDays(1);
                            boolean awaiting = dueOn.isAfter(today.minusDays(7));
                            Instant followedUp = awaiting ? null : at(dueOn, 15);
                            copy.row(id(6, (long) i * 1_000 + n), authority(c.authority()), c.id(), c.orderId(), appointment,
                                    starts, dueOn, endOf(dueOn), authority(c.authority()) + "-2025-1", followedUp,
                                    awaiting ? null : BY, awaiting ? "AWAITING" : "ACCEPTABLE", awaiting ? null : BY, followedUp, 0);
                        }
                    }
                }
                count(rows, table, copy);
            }
        }
    }

    private Set<UUID> registeredWorkers(Connection connection) throws SQLException {
        Set<UUID> registered = new HashSet<>();
        if (connection == null) {
            return registered;
        }
        try (var query = connection.prepareStatement("select id from worker where id = any(?)")) {
            query.setArray(1, connection.createArrayOf("uuid", demoWorkers.toArray()));
            try (ResultSet found = query.executeQuery()) {
                while (found.next()) {
                    registered.add(found.getObject(1, UUID.class));
                }
            }
        }
        return registered;
    }

    private void allocation(Connection connection, Map<String, Long> rows) throws SQLException {
        String[] grades = { "BAND_A", "BAND_B", "BAND_A", "YJSO", "BAND_C", "BAND_A", "BAND_B", "STUDENT" };
        // on a platform the suites have used (the smoke run), the demo users may be registered already: kept as they are
        Set<UUID> registered = registeredWorkers(connection);
        try (NationalScaleCopy copy = copy(connection, rows, "worker", "id, authority, name, team, locality, grade, "
                + "gender_identity, contracted_hours, active, changed_by, changed_at")) {
            for (int a = 0; copy != null && a < authorities; a++) {
                for (int t = 0; t < TEAMS.length; t++) {
                    for (int k = 0; k < workersPerTeam; k++) {
                        if (registered.contains(worker(a, t, k))) {
                            continue;
                        }
                        // the demo users are case managers; everyone else by the mix of a youth justice service
                        copy.row(worker(a, t, k), authority(a), GIVEN[(a * 31 + t * 7 + k) % GIVEN.length] + " "
                                        + FAMILY[(a * 17 + t * 5 + k * 3) % FAMILY.length], TEAMS[t], LOCALITIES[k % LOCALITIES.length],
                                a == 0 && t == 0 && k < demoWorkers.size() ? "BAND_B" : grades[k % grades.length],
                                k % 2 == 0 ? "female" : "male", k % 5 == 4 ? "22.5" : "37.0", true, BY, now);
                    }
                }
            }
            count(rows, "worker", copy);
        }
        try (NationalScaleCopy copy = copy(connection, rows, "child_case",
                "id, authority, reference, gender_identity, looked_after, locality, rosh, saw, case_manager, team, version")) {
            for (int i = 0; copy != null && i < cases; i++) {
                Case c = of(i);
                copy.row(c.id(), authority(c.authority()), c.reference(), c.gender(), c.lookedAfter(), c.locality(), c.rosh(),
                        c.saw(), c.caseManager(), c.caseManager() == null ? null : TEAMS[c.team()], 0);
            }
            count(rows, "child_case", copy);
        }
        try (NationalScaleCopy copy = copy(connection, rows, "held_case",
                "id, authority, worker_id, case_id, role, kind, rosh, saw, held_since, held_until")) {
            for (int i = 0; copy != null && i < cases; i++) {
                Case c = of(i);
                if (c.caseManager() == null) {
                    continue;
                }
                Instant since = c.openedAt().plusSeconds(2 * 86_400);
                Instant until = c.open() ? null : endOf(c.end());
                copy.row(id(8, i * 2L), authority(c.authority()), c.caseManager(), c.id(), "CASE_MANAGER", c.orderWireName(),
                        c.rosh(), c.saw(), since, until);
                if (c.coWorker() != null) {
                    copy.row(id(8, i * 2L + 1), authority(c.authority()), c.coWorker(), c.id(), "CO_WORKER", c.orderWireName(),
                            c.rosh(), c.saw(), since, until);
                }
            }
            count(rows, "held_case", copy);
        }
        try (NationalScaleCopy copy = copy(connection, rows, "allocation_request", "id, authority, case_id, kind, order_id, "
                + "case_kind, team, due_date, due_at, policy_version, status, requested_at, version")) {
            for (int i = 0; copy != null && i < cases; i++) {
                Case c = of(i);
                if (!c.open() || c.allocated()) {
                    continue;
                }
                LocalDate due = today.plusDays(new SplittableRandom(c.seed()).nextInt(-3, 6));
                copy.row(id(9, i), authority(c.authority()), c.id(), "ORDER", c.orderId(), c.orderWireName(), TEAMS[c.team()],
                        due, endOf(due), authority(c.authority()) + "-2025-1", "OPEN", c.openedAt(), 0);
            }
            count(rows, "allocation_request", copy);
        }
    }

    private static void count(Map<String, Long> rows, String table, NationalScaleCopy copy) {
        if (copy != null) {
            rows.merge(table, copy.rows(), Long::sum);
        }
    }
}
