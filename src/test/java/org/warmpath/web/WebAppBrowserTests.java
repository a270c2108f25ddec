package org.warmpath.web;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.warmpath.MemberAccounts;
import org.warmpath.TestGraphs;
import org.warmpath.WarmPathTest;
import org.warmpath.accounts.AccountManagement;
import org.warmpath.ingest.Imports;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The web app in a real (headless) Chromium against the whole app on its random port:
 * what a person would see on each page. Skipped when the Debian {@code chromium} and
 * {@code chromium-driver} packages are not installed ({@code .ci/run} installs them). One
 * browser serves every test; each test saves a screenshot under
 * {@code target/screenshots/}.
 */
@WarmPathTest
class WebAppBrowserTests {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	static WebDriver browser;

	static Path profile;

	@LocalServerPort
	int port;

	@Autowired
	Imports imports;

	@Autowired
	AccountManagement accountManagement;

	WebDriverWait wait;

	@BeforeAll
	static void startBrowser() throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Browser tests skipped: install the Debian packages chromium and chromium-driver "
						+ "(/usr/bin/chromium and /usr/bin/chromedriver); .ci/run does");
		profile = Files.createTempDirectory("warmpath-chromium-");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath());
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
		if (profile != null) {
			try (var files = Files.walk(profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	@BeforeEach
	void freshPage() {
		this.wait = new WebDriverWait(browser, Duration.ofSeconds(20));
		browser.get(base() + "/");
		browser.manage().deleteAllCookies();
		js("sessionStorage.clear();");
		browser.navigate().refresh();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-form")));
	}

	/**
	 * Whatever the Content-Security-Policy blocked (an inline script or style, a file
	 * from elsewhere) shows up in the browser's console: none may.
	 */
	@AfterEach
	void nothingWasBlockedByTheContentSecurityPolicy() {
		if (browser == null) {
			return;
		}
		assertThat(browser.manage().logs().get(LogType.BROWSER).getAll()).extracting(LogEntry::getMessage)
			.noneMatch((message) -> message.contains("Content Security Policy"));
	}

	@Test
	void signInShowsNameAndRoleAndSignOutEndsTheSession(TestInfo test) throws IOException {
		signIn("nobody-" + UUID.randomUUID().toString().substring(0, 6), "wrong-password");
		WebElement error = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#signin-form .error")));
		assertThat(error.getText()).contains("Sign-in failed");

		signIn("admin", WarmPathTest.ADMIN_PASSWORD);
		signedIn();
		assertThat(text("#who-name")).isEqualTo("admin");
		assertThat(text("#who-role")).isEqualTo("Admin");
		assertThat(browser.findElement(By.linkText("Import")).isDisplayed()).isTrue();
		screenshot(test);

		browser.findElement(By.id("sign-out")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-form")));
		assertThat(text("#signin-form")).contains("You have signed out");
		// the session is really gone: a reload shows the sign-in form again
		browser.navigate().refresh();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-form")));
		assertThat(browser.findElement(By.id("who")).isDisplayed()).isFalse();
	}

	@Test
	void findAMentorShowsRankedMentorsAndTheWarmestPathDrawn(TestInfo test) throws IOException {
		TestGraphs g = new TestGraphs(this.imports).people("me", "via", "mentor:mentor=3")
			.ties("me-via:0.9", "via-mentor:0.8");
		signInAsMember(g.id("me"));
		open("mentors");
		WebElement card = mentorCard(g.id("mentor"));
		WebElement chain = card.findElement(By.cssSelector("ol.chain"));
		assertThat(chain.findElements(By.cssSelector("li.person")).stream().map(e -> e.getAttribute("data-person-id")))
			.containsExactly(g.id("me"), g.id("via"), g.id("mentor"));
		assertThat(chain.getText()).contains("Test via", "strength 0.90", "strength 0.80", "colleague");
		assertThat(card.getText()).contains("Test mentor", "score", "Reachability", "Can take 3 more mentees");
		assertThat(card.findElement(By.cssSelector("button.ask-intro")).getText()).isEqualTo("Ask for an introduction");
		screenshot(test);
	}

	@Test
	void requestAnIntroductionAndTheIntroducerAcceptsIt(TestInfo test) throws IOException {
		TestGraphs g = new TestGraphs(this.imports).people("asker", "helper", "mentor:mentor=2")
			.ties("asker-helper:0.9", "helper-mentor:0.7");
		MemberAccounts accounts = new MemberAccounts(this.accountManagement);
		String helper = accounts.member(g.id("helper"));
		signInAsMember(g.id("asker"));
		open("mentors");
		WebElement card = mentorCard(g.id("mentor"));
		card.findElement(By.cssSelector("button.ask-intro")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intro-dialog")));
		assertThat(text("#intro-dialog")).contains("Ask Test helper to introduce you to Test mentor");
		browser.findElement(By.id("intro-send")).click();
		WebElement sent = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#intro-dialog .notice")));
		assertThat(sent.getText()).contains("status REQUESTED");
		screenshot(test, "requested");
		browser.findElement(By.cssSelector("#intro-dialog button.secondary")).click();

		browser.findElement(By.id("sign-out")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-form")));
		signIn(helper, MemberAccounts.PASSWORD);
		this.wait.until(ExpectedConditions.textToBe(By.id("who-name"), "Test helper"));
		open("introductions");
		By waiting = By.cssSelector("#intros-asks tr[data-status='REQUESTED']");
		WebElement row = this.wait.until(ExpectedConditions.visibilityOfElementLocated(waiting));
		assertThat(row.getText()).contains("Test asker", "Test mentor");
		row.findElement(By.cssSelector("button[data-action='accept']")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("#intros-asks tr[data-status='ACCEPTED'] button[data-action='complete']")));
		assertThat(text("main")).contains("is now accepted");
		screenshot(test, "accepted");
	}

	@Test
	void whoCanIntroduceMeRanksMutualsAndShowsPathsSideBySide(TestInfo test) throws IOException {
		String target = "tgt" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		TestGraphs g = new TestGraphs(this.imports).people("me", "amy", "bob", target)
			.ties("me-amy:0.9", "amy-" + target + ":0.6", "me-bob:0.5", "bob-" + target + ":0.8");
		signInAsMember(g.id("me"));
		open("introduce");
		WebElement search = this.wait.until(ExpectedConditions.elementToBeClickable(By.id("introduce-target")));
		search.sendKeys(target);
		WebElement option = this.wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("li[role=option][data-person-id='" + g.id(target) + "']")));
		assertThat(option.getText()).contains("Test " + target);
		search.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ENTER);
		List<WebElement> rows = this.wait
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#mutuals-table tbody tr"), 2));
		assertThat(rows.get(0).getAttribute("data-person-id")).isEqualTo(g.id("amy"));
		assertThat(rows.get(1).getAttribute("data-person-id")).isEqualTo(g.id("bob"));
		List<WebElement> paths = this.wait
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#paths article.path"), 2));
		assertThat(paths.get(0).getText()).contains("Test amy", "warmth 54%");
		assertThat(paths.get(1).getText()).contains("Test bob", "warmth 40%");
		screenshot(test);
	}

	@Test
	void myNetworkDrawsTheGraphAndShowsTheChosenPersonsCardAndPath(TestInfo test) throws IOException {
		signInAsMember("p001");
		open("network");
		this.wait.until(
				d -> ((Number) js("return window.warmpathCy ? window.warmpathCy.nodes().length : 0;")).intValue() > 0);
		long nodes = ((Number) js("return window.warmpathCy.nodes().length;")).longValue();
		long drawn = ((Number) js(
				"return window.warmpathCy.nodes().filter(n => n.visible() && n.renderedWidth() > 0).length;"))
			.longValue();
		assertThat(nodes).isGreaterThan(5);
		assertThat(drawn).isEqualTo(nodes);
		assertThat(text("#net-status")).contains("people and");
		assertThat(browser.findElements(By.cssSelector("#net-legend li"))).isNotEmpty();

		// choose a two-hop person with the keyboard alternative and see their card and
		// path
		String someone = (String) js(
				"return window.warmpathCy.nodes().filter(n => n.data('hops') === 2).map(n => n.id())[0] || null;");
		assertThat(someone).isNotNull();
		new Select(browser.findElement(By.id("net-person"))).selectByValue(someone);
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("person-card")));
		WebElement path = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#net-path ol.chain")));
		assertThat(path.findElements(By.cssSelector("li.tie"))).hasSize(2);
		assertThat(((Number) js("return window.warmpathCy.edges('.path').length;")).intValue()).isGreaterThan(0);
		screenshot(test);
		// a taller window shows the whole graph for the README's picture
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1350));
		js("window.warmpathCy.resize(); window.warmpathCy.fit(undefined, 20);");
		Path shot = screenshot(test, "full");
		Files.copy(shot, SCREENSHOTS.resolve("network.png"), StandardCopyOption.REPLACE_EXISTING);
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
	}

	@Test
	void importReportsTheRejectedLine(TestInfo test) throws IOException {
		signIn("admin", WarmPathTest.ADMIN_PASSWORD);
		signedIn();
		open("import");
		Path csv = Files.createTempFile("connections-", ".csv");
		Files.writeString(csv, "source,target,strength,context\np001,p002,0.5,colleague\np001,p003,2.5,colleague\n",
				StandardCharsets.UTF_8);
		new Select(browser.findElement(By.id("import-kind"))).selectByValue("connections");
		new Select(browser.findElement(By.id("import-mode"))).selectByValue("strict");
		browser.findElement(By.id("import-file")).sendKeys(csv.toAbsolutePath().toString());
		browser.findElement(By.id("import-submit")).click();
		WebElement line = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#import-errors tr[data-line='3']")));
		assertThat(line.getText()).startsWith("3").containsIgnoringCase("strength");
		assertThat(text("#import-report .error")).contains("Import rejected", "nothing was imported");
		assertThat(browser.findElement(By.id("import-progress")).isDisplayed()).isTrue();
		screenshot(test);
		Files.deleteIfExists(csv);
	}

	@Test
	void analyticsShowsFiguresChartsAndExports(TestInfo test) throws IOException {
		signIn("admin", WarmPathTest.ADMIN_PASSWORD);
		signedIn();
		open("analytics");
		WebDriverWait slow = new WebDriverWait(browser, Duration.ofSeconds(40));
		slow.until(ExpectedConditions.visibilityOfElementLocated(By.id("summary-figures")));
		assertThat(text("#summary-figures")).contains("people", "ties");
		slow.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#brokers-table tbody tr")));
		slow.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#analytics-reach svg.chart rect")));
		slow.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#analytics-communities svg circle")));
		slow.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#analytics-funnel svg.chart")));
		assertThat(browser.findElement(By.partialLinkText("Download GRAPHML")).getAttribute("href"))
			.endsWith("/api/export?format=graphml&scope=all");
		screenshot(test);
	}

	@Test
	void everyPageFitsAPhoneScreen(TestInfo test) throws IOException {
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
		try {
			signIn("admin", WarmPathTest.ADMIN_PASSWORD);
			signedIn();
			for (String page : java.util.List.of("mentors", "introduce", "network", "introductions", "analytics",
					"import", "mentoring", "connections", "programmes")) {
				js("location.hash = '#/" + page + "';");
				this.wait.until(d -> page.equals(d.findElement(By.id("main")).getAttribute("data-page")));
				long overflow = ((Number) js(
						"return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
					.longValue();
				screenshot(test, page);
				// which elements stick out, to say what to fix when this fails
				Object wide = js("const w = document.documentElement.clientWidth;"
						+ "return [...document.querySelectorAll('body *')]"
						+ ".filter(e => e.getBoundingClientRect().right > w + 1 && e.offsetParent !== null)"
						+ ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className + ' '"
						+ " + Math.round(e.getBoundingClientRect().right) + ': ' + (e.textContent || '').slice(0, 60));");
				assertThat(overflow).as("horizontal overflow of the %s page on a 390 px wide screen: %s", page, wide)
					.isLessThanOrEqualTo(1);
			}
		}
		finally {
			browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
		}
	}

	private WebElement mentorCard(String mentorId) {
		WebDriverWait slow = new WebDriverWait(browser, Duration.ofSeconds(30));
		By chain = By.cssSelector("li.mentor[data-person-id='" + mentorId + "'] ol.chain");
		slow.until(ExpectedConditions.visibilityOfElementLocated(chain));
		return browser.findElement(By.cssSelector("li.mentor[data-person-id='" + mentorId + "']"));
	}

	private void signInAsMember(String personId) {
		String username = new MemberAccounts(this.accountManagement).member(personId);
		signIn(username, MemberAccounts.PASSWORD);
		signedIn();
		assertThat(text("#who-role")).isEqualTo("Member");
	}

	private void signedIn() {
		this.wait.until(d -> !d.findElement(By.id("who-name")).getText().isEmpty());
	}

	private void signIn(String username, String password) {
		WebElement user = this.wait.until(ExpectedConditions.elementToBeClickable(By.id("signin-username")));
		user.clear();
		user.sendKeys(username);
		WebElement pass = browser.findElement(By.id("signin-password"));
		pass.clear();
		pass.sendKeys(password);
		browser.findElement(By.id("signin-submit")).click();
	}

	/**
	 * Opens a page: waits until the router has set {@code data-page}, then (for at most a
	 * few seconds, never failing) until it has rendered the page and moved the focus to
	 * {@code #main}, which it does last. Typing into a field before that loses the focus
	 * half way (a person picker closes its list on blur), and a test then sat out a whole
	 * 20 s wait before searching again. A page still loading after that is left to the
	 * test's own waits for what it shows.
	 */
	private void open(String page) {
		// already there (a member's first page after signing in): the click changes no
		// hash, so the router does not run again and the focus stays on the link
		boolean routes = !page.equals(browser.findElement(By.id("main")).getAttribute("data-page"));
		browser.findElement(By.cssSelector("#nav a[href='#/" + page + "']")).click();
		this.wait.until(d -> page.equals(d.findElement(By.id("main")).getAttribute("data-page")));
		if (!routes) {
			return;
		}
		try {
			new WebDriverWait(browser, Duration.ofSeconds(5), Duration.ofMillis(50))
				.until(d -> "main".equals(((JavascriptExecutor) d).executeScript("return document.activeElement.id;")));
		}
		catch (org.openqa.selenium.TimeoutException stillRendering) {
			// the test waits for the page's content itself
		}
	}

	private String text(String css) {
		return browser.findElement(By.cssSelector(css)).getText();
	}

	private Object js(String script) {
		return ((JavascriptExecutor) browser).executeScript(script);
	}

	private String base() {
		return "http://localhost:" + this.port;
	}

	private Path screenshot(TestInfo test) throws IOException {
		return screenshot(test, null);
	}

	private Path screenshot(TestInfo test, String suffix) throws IOException {
		String name = test.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test")
				+ ((suffix != null) ? "-" + suffix : "") + ".png";
		Path target = SCREENSHOTS.resolve(name);
		Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		return target;
	}

	// --- profile ---

	@Test
	void myProfileSavesSpecialtyNeedsAndGoalsAndShowsAFieldError(TestInfo test) throws IOException {
		TestGraphs g = new TestGraphs(this.imports).people("profiled");
		signInAsMember(g.id("profiled"));
		open("profile");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-form")));
		assertThat(text("#profile-form")).contains("Open to introductions", "Only me", "My connections");
		new Select(browser.findElement(By.id("profile-specialty"))).selectByValue("dermatology");
		browser.findElement(By.cssSelector("#profile-needs input[value='exams']")).click();
		browser.findElement(By.cssSelector("#profile-needs input[value='research']")).click();
		WebElement goals = browser.findElement(By.id("profile-goals"));
		goals.clear();
		goals.sendKeys("Pass the SCE and start research");
		browser.findElement(By.id("profile-save")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("profile-out"), "saved"));
		screenshot(test, "saved");
		// a bad value: the problem's words next to the field it names, nothing saved
		browser.findElement(By.id("profile-name")).clear();
		browser.findElement(By.id("profile-save")).click();
		WebElement error = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-name-error")));
		assertThat(error.getText()).contains("name");
		assertThat(browser.findElement(By.id("profile-name")).getAttribute("aria-invalid")).isEqualTo("true");
		screenshot(test, "error");
		browser.navigate().refresh();
		signedIn();
		this.wait.until(d -> "profile".equals(d.findElement(By.id("main")).getAttribute("data-page")));
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-form")));
		assertThat(new Select(browser.findElement(By.id("profile-specialty"))).getFirstSelectedOption().getText())
			.isEqualTo("Dermatology");
		assertThat(browser.findElement(By.cssSelector("#profile-needs input[value='exams']")).isSelected()).isTrue();
		assertThat(browser.findElement(By.cssSelector("#profile-needs input[value='research']")).isSelected()).isTrue();
		assertThat(browser.findElement(By.cssSelector("#profile-needs input[value='leadership']")).isSelected())
			.isFalse();
		assertThat(browser.findElement(By.id("profile-goals")).getAttribute("value"))
			.isEqualTo("Pass the SCE and start research");
		assertThat(browser.findElement(By.id("profile-name")).getAttribute("value")).isEqualTo("Test profiled");
	}

	/**
	 * My profile is a member's page (an admin speaks for nobody), so the admin's tour of
	 * everyPageFitsAPhoneScreen cannot open it: a member checks it here the same way.
	 */
	@Test
	void myProfileFitsAPhoneScreen(TestInfo test) throws IOException {
		TestGraphs g = new TestGraphs(this.imports).people("phone");
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
		try {
			signInAsMember(g.id("phone"));
			js("location.hash = '#/profile';");
			this.wait.until(d -> "profile".equals(d.findElement(By.id("main")).getAttribute("data-page")));
			this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("profile-form")));
			long overflow = ((Number) js(
					"return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
				.longValue();
			screenshot(test);
			assertThat(overflow).as("horizontal overflow of the profile page on a 390 px wide screen")
				.isLessThanOrEqualTo(1);
		}
		finally {
			browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
		}
	}

	// --- linkedin ---

	@Autowired
	org.neo4j.driver.Driver driver;

	@Test
	void aMemberImportsTheirLinkedInFileSeesTheReportAndThenTheirNewContacts(TestInfo test) throws IOException {
		TestGraphs g = new TestGraphs(this.imports).people("me", "old").ties("me-old:0.9");
		String slug = "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		Path csv = Files.createTempFile("Connections-", ".csv");
		Files.writeString(csv, """
				Notes:
				"When exporting your connection data, you may notice that some of the email addresses are missing."

				First Name,Last Name,URL,Email Address,Company,Position,Connected On
				Priya,Shah,https://www.linkedin.com/in/%1$spriya,,Fleetmoor Hospitals,Registrar,12 Mar 2024
				Tom,Jones,https://www.linkedin.com/in/%1$stom/,,,,1 Jan 2020
				""".formatted(slug), StandardCharsets.UTF_8);
		signInAsMember(g.id("me"));
		open("import");
		// a member sees only their own section
		assertThat(browser.findElements(By.id("import-kind"))).isEmpty();
		browser.findElement(By.id("my-linkedin-file")).sendKeys(csv.toAbsolutePath().toString());
		browser.findElement(By.id("my-linkedin-submit")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("my-linkedin-figures")));
		// the first figure is "created": both contacts are new people with a new tie to
		// me
		assertThat(text("#my-linkedin-figures .figure .value")).isEqualTo("2");
		assertThat(text("#my-linkedin-figures .figure .what")).isEqualTo("created");
		screenshot(test);

		open("network");
		this.wait.until(
				d -> ((Number) js("return window.warmpathCy ? window.warmpathCy.nodes().length : 0;")).intValue() == 4);
		assertThat(js("return window.warmpathCy.nodes().map(n => n.data('name')).sort();"))
			.isEqualTo(List.of("Priya Shah", "Test me", "Test old", "Tom Jones"));
		assertThat(browser.findElement(By.id("net-mentoring")).isDisplayed()).isTrue();
		screenshot(test, "network");

		// the member's import page fits a phone screen too
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
		try {
			// the menu is folded away on a phone: go there as the phone-width check does
			js("location.hash = '#/import';");
			this.wait.until(d -> "import".equals(d.findElement(By.id("main")).getAttribute("data-page")));
			this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("my-linkedin-form")));
			screenshot(test, "phone");
			long overflow = ((Number) js(
					"return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
				.longValue();
			assertThat(overflow).isLessThanOrEqualTo(1);
		}
		finally {
			browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
		}
		Files.deleteIfExists(csv);
	}

	@Test
	void aMentorSeesTheirMenteesMarkedAndFiltersThePicture(TestInfo test) throws IOException {
		TestGraphs g = new TestGraphs(this.imports).people("mentor:mentor=2", "mentee", "other")
			.ties("mentor-mentee:0.9", "mentor-other:0.8");
		try (var session = this.driver.session()) {
			session
				.run("MATCH (m:Person {id: $m}), (e:Person {id: $e}) "
						+ "CREATE (m)-[:MENTORS {status: 'ACTIVE', since: date()}]->(e)",
						java.util.Map.of("m", g.id("mentor"), "e", g.id("mentee")))
				.consume();
		}
		signInAsMember(g.id("mentor"));
		open("network");
		this.wait.until(
				d -> ((Number) js("return window.warmpathCy ? window.warmpathCy.nodes().length : 0;")).intValue() == 3);
		assertThat(js("return window.warmpathCy.getElementById('" + g.id("mentee") + "').data('mark');"))
			.isEqualTo("mentee");
		assertThat(text("#net-marks li[data-mark='mentee']")).contains("My mentee: 1");
		browser.findElement(By.id("net-mentoring")).click();
		this.wait.until(
				d -> ((Number) js("return window.warmpathCy ? window.warmpathCy.nodes().length : 0;")).intValue() == 2);
		screenshot(test);
	}

	// --- desk ---

	@Test
	void aMenteeAsksForANeedAndTheMentorAcceptsOnTheDeskAndRecordsTheAgreement(TestInfo test) throws IOException {
		TestGraphs g = new TestGraphs(this.imports).people("mentee", "hop", "mentor:mentor=2")
			.ties("mentee-hop:0.9", "hop-mentor:0.8");
		MemberAccounts accounts = new MemberAccounts(this.accountManagement);
		String mentor = accounts.member(g.id("mentor"));
		String mentee = accounts.member(g.id("mentee"));
		signIn(mentee, MemberAccounts.PASSWORD);
		signedIn();
		open("mentors");
		mentorCard(g.id("mentor")).findElement(By.cssSelector("button.ask-mentoring")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("mentoring-dialog")));
		// the needs come from GET /api/vocabulary
		this.wait.until(
				ExpectedConditions.presenceOfElementLocated(By.cssSelector("#mentoring-need option[value='exams']")));
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("mentoring-need"))).selectByValue("exams");
		browser.findElement(By.id("mentoring-send")).click();
		WebElement sent = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#mentoring-dialog .notice")));
		assertThat(sent.getText()).contains("for exams", "status REQUESTED");
		browser.findElement(By.cssSelector("#mentoring-dialog button.secondary")).click();

		browser.findElement(By.id("sign-out")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-form")));
		signIn(mentor, MemberAccounts.PASSWORD);
		this.wait.until(ExpectedConditions.textToBe(By.id("who-name"), "Test mentor"));
		open("mentoring");
		By request = By.cssSelector("#desk-pending li[data-person-id='" + g.id("mentee") + "']");
		WebElement item = this.wait.until(ExpectedConditions.visibilityOfElementLocated(request));
		assertThat(item.getText()).contains("Test mentee", "Exams", "How they reach you", "warmth 72%");
		assertThat(item.findElements(By.cssSelector("ol.chain li.person"))
			.stream()
			.map(e -> e.getAttribute("data-person-id"))).containsExactly(g.id("mentee"), g.id("hop"), g.id("mentor"));
		screenshot(test, "desk");
		item.findElement(By.cssSelector("button[data-action='accept']")).click();

		By active = By.cssSelector("#desk-active li[data-person-id='" + g.id("mentee") + "']");
		WebElement mentorship = this.wait.until(ExpectedConditions.visibilityOfElementLocated(active));
		assertThat(text("#desk-capacity")).isEqualTo("1 of 2 places taken.");
		mentorship.findElement(By.cssSelector("details summary")).click();
		mentorship.findElement(By.cssSelector("textarea[name='goals']")).sendKeys("Pass the membership exam");
		new org.openqa.selenium.support.ui.Select(mentorship.findElement(By.cssSelector("select[name='frequency']")))
			.selectByValue("fortnightly");
		mentorship.findElement(By.cssSelector("button[data-action='agree']")).click();
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(
				By.cssSelector("#desk-active li[data-person-id='" + g.id("mentee") + "'] .agreement"),
				"Meeting fortnightly"));
		screenshot(test, "agreed");

		browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
		try {
			long overflow = ((Number) js(
					"return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
				.longValue();
			screenshot(test, "phone");
			assertThat(overflow).as("horizontal overflow of the mentor's desk on a 390 px wide screen")
				.isLessThanOrEqualTo(1);
		}
		finally {
			browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
		}

		browser.findElement(By.id("sign-out")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-form")));
		signIn(mentee, MemberAccounts.PASSWORD);
		this.wait.until(ExpectedConditions.textToBe(By.id("who-name"), "Test mentee"));
		open("mentoring");
		WebElement mine = this.wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("#my-mentors-active li[data-person-id='" + g.id("mentor") + "']")));
		assertThat(mine.getText()).contains("Test mentor", "Exams", "Pass the membership exam", "fortnightly");
		screenshot(test, "my-mentors");
	}

	// --- ties ---

	@Test
	void aMemberVouchesForAColleagueWhoConfirmsFromTheirRequests(TestInfo test) throws IOException {
		String colleague = "col" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		TestGraphs g = new TestGraphs(this.imports).people("voucher", colleague);
		MemberAccounts accounts = new MemberAccounts(this.accountManagement);
		String other = accounts.member(g.id(colleague));
		signInAsMember(g.id("voucher"));
		open("connections");
		WebElement search = this.wait
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#conn-add input[role=combobox]")));
		search.sendKeys(colleague);
		By option = By.cssSelector("#conn-add li[role=option][data-person-id='" + g.id(colleague) + "']");
		try {
			this.wait.until(ExpectedConditions.visibilityOfElementLocated(option));
		}
		catch (org.openqa.selenium.TimeoutException first) {
			// say what the picker showed (its live status), then search again as a person
			// would (the arrow key searches when no list is open)
			Object shown = js(
					"return [...document.querySelectorAll('#conn-add .hint')].map(e => e.textContent).join(' | ');");
			search.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
			new WebDriverWait(browser, Duration.ofSeconds(20)).withMessage("the picker said: " + shown)
				.until(ExpectedConditions.visibilityOfElementLocated(option));
		}
		search.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ENTER);
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("conn-add-kind")))
			.selectByValue("worked-together");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("conn-add-closeness"))).selectByValue("4");
		browser.findElement(By.id("conn-add-save")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("#conn-mine li.pending[data-person-id='" + g.id(colleague) + "']")));
		assertThat(text("main")).contains("the tie counts once they confirm it");
		screenshot(test, "pending");

		browser.findElement(By.id("sign-out")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-form")));
		signIn(other, MemberAccounts.PASSWORD);
		this.wait.until(ExpectedConditions.textToBe(By.id("who-name"), "Test " + colleague));
		open("connections");
		WebElement request = this.wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("#conn-requests article.request[data-person-id='" + g.id("voucher") + "']")));
		assertThat(request.getText()).contains("Test voucher", "closeness 4/5", "worked together");
		new org.openqa.selenium.support.ui.Select(request.findElement(By.cssSelector("select[id$='-closeness']")))
			.selectByValue("5");
		request.findElement(By.cssSelector("button[type=submit]")).click();
		WebElement tie = this.wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("#conn-mine article.tie[data-person-id='" + g.id("voucher") + "']")));
		assertThat(tie.getText()).contains("strength", "ratings 88%", "My side: closeness 5/5",
				"Their side: closeness 4/5");
		assertThat(text("main")).contains("is confirmed");
		screenshot(test, "confirmed");

		browser.findElement(By.id("sign-out")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-form")));
		signInAsMember(g.id("voucher"));
		open("connections");
		WebElement mine = this.wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("#conn-mine article.tie[data-person-id='" + g.id(colleague) + "']")));
		assertThat(mine.getText()).contains("strength", "ratings 88%");
	}

	// --- drafts ---

	@Test
	void theIntroductionDialogDraftsTheNoteWhichIsSentAsEdited(TestInfo test) throws Exception {
		TestGraphs g = new TestGraphs(this.imports);
		String people = "id,name,grade,specialty,region,organisation,openToIntroductions,openToMentoring,mentorCapacity\n"
				+ g.id("asker") + ",Test asker,Foundation doctor,Cardiology,Wales,Drafts Infirmary,true,false,0\n"
				+ g.id("helper") + ",Test helper,Foundation doctor,Cardiology,Wales,Elsewhere,true,false,0\n"
				+ g.id("mentor") + ",Test mentor,Consultant,Cardiology,Wales,Drafts Infirmary,true,true,2\n";
		String ties = "source,target,strength,context,since\n" + g.id("asker") + "," + g.id("helper")
				+ ",0.9,trained together,2020-08-01\n" + g.id("helper") + "," + g.id("mentor")
				+ ",0.7,colleague,2018-01-01\n";
		org.warmpath.ingest.ImportReport p = this.imports.importPeople(
				new java.io.ByteArrayInputStream(people.getBytes(StandardCharsets.UTF_8)),
				org.warmpath.ingest.ImportMode.STRICT);
		assertThat(p.rejected()).as(p.errors().toString()).isZero();
		org.warmpath.ingest.ImportReport t = this.imports.importConnections(
				new java.io.ByteArrayInputStream(ties.getBytes(StandardCharsets.UTF_8)),
				org.warmpath.ingest.ImportMode.STRICT);
		assertThat(t.rejected()).as(t.errors().toString()).isZero();
		signInAsMember(g.id("asker"));
		open("mentors");
		mentorCard(g.id("mentor")).findElement(By.cssSelector("button.ask-intro")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("intro-dialog")));
		WebElement message = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#intro-message[data-drafted]")));
		String drafted = message.getAttribute("value");
		assertThat(drafted).startsWith("Hello Test helper,")
			.contains("we trained together since 2020", "Dear Test mentor,", "Drafts Infirmary");
		assertThat(text("#intro-why")).contains("Why this draft", "You both work at Drafts Infirmary",
				"How you know Test helper: trained together, since 2020");
		screenshot(test, "drafted");

		message.sendKeys(org.openqa.selenium.Keys.CONTROL, org.openqa.selenium.Keys.END);
		message.sendKeys("\nPS: I edited this myself.");
		assertThat(message.getAttribute("value")).endsWith("PS: I edited this myself.");
		browser.findElement(By.id("intro-send")).click();
		// the answer, or the error the dialog shows, whichever comes (a loaded machine is
		// slow)
		WebElement sent = new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("#intro-dialog .notice, #intro-dialog .error")));
		screenshot(test, "sent");
		assertThat(sent.getText()).contains("status REQUESTED");
		Object mine = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
				+ "fetch('/api/introductions?role=requester', {headers: {'Accept': 'application/json',"
				+ " 'X-Requested-With': 'XMLHttpRequest'}}).then(r => r.text()).then(done, e => done(String(e)));");
		com.fasterxml.jackson.databind.JsonNode list = new com.fasterxml.jackson.databind.ObjectMapper()
			.readTree(String.valueOf(mine));
		com.fasterxml.jackson.databind.JsonNode asked = null;
		for (com.fasterxml.jackson.databind.JsonNode i : list) {
			if (g.id("mentor").equals(i.get("target").get("id").asText())) {
				asked = i;
			}
		}
		assertThat(asked).as(String.valueOf(mine)).isNotNull();
		assertThat(asked.get("message").asText()).contains("Drafts Infirmary", "PS: I edited this myself.")
			.startsWith("Hello Test helper,");
	}

	// --- funnels ---

	@Test
	void analyticsShowsAProgrammesIntroductionAndMentoringFunnelsSideBySide(TestInfo test) throws IOException {
		String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		String programme = "Browser Scheme " + tag;
		String people = "id,name,openToMentoring,mentorCapacity,programmes\n" + "bf" + tag + "-m,Funnel Mentor,true,2,"
				+ programme + " (mentor)\n" + "bf" + tag + "-a,Mentee A,false,0,\n" + "bf" + tag
				+ "-b,Mentee B,false,0,\n";
		String mentoring = "mentor,mentee,since,status,programme\n" + "bf" + tag + "-m,bf" + tag
				+ "-a,2025-01-10,ACTIVE," + programme + "\n" + "bf" + tag + "-m,bf" + tag + "-b,2024-01-10,ENDED,"
				+ programme + "\n";
		assertThat(this.imports
			.importPeople(new java.io.ByteArrayInputStream(people.getBytes(StandardCharsets.UTF_8)),
					org.warmpath.ingest.ImportMode.STRICT)
			.rejected()).isZero();
		assertThat(this.imports
			.importMentoring(new java.io.ByteArrayInputStream(mentoring.getBytes(StandardCharsets.UTF_8)),
					org.warmpath.ingest.ImportMode.STRICT)
			.rejected()).isZero();
		signIn("admin", WarmPathTest.ADMIN_PASSWORD);
		signedIn();
		open("analytics");
		WebDriverWait slow = new WebDriverWait(browser, Duration.ofSeconds(40));
		WebElement select = slow.until(ExpectedConditions.elementToBeClickable(By.id("programme-select")));
		new Select(select).selectByValue("browser-scheme-" + tag);
		this.wait.until(
				ExpectedConditions.textToBePresentInElementLocated(By.id("programme-mentoring"), "1 of 2 places used"));
		assertThat(text("#programme-mentoring")).contains("0 of 1 mentors at capacity");
		assertThat(browser.findElements(By.cssSelector("#programme-introductions svg.chart"))).hasSize(1);
		assertThat(browser.findElements(By.cssSelector("#programme-mentoring svg.chart"))).hasSize(1);
		// side by side on a wide screen
		assertThat(browser.findElement(By.id("programme-mentoring")).getLocation().getY())
			.isEqualTo(browser.findElement(By.id("programme-introductions")).getLocation().getY());
		screenshot(test);
	}

	// --- programmes ---

	@Test
	void anAdminCreatesAProgrammeAndAddsAMemberWhoShowsOnItsPage(TestInfo test) throws IOException {
		String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		String joiner = "joiner" + tag;
		TestGraphs g = new TestGraphs(this.imports).people(joiner);
		signIn("admin", WarmPathTest.ADMIN_PASSWORD);
		signedIn();
		open("programmes");
		WebElement name = this.wait.until(ExpectedConditions.elementToBeClickable(By.id("prog-new-name")));
		name.sendKeys("Browser Buddy Scheme " + tag);
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("prog-new-kind"))).selectByValue("buddy");
		browser.findElement(By.id("prog-new-save")).click();
		String id = "browser-buddy-scheme-" + tag;
		By listed = By.cssSelector("#prog-list li.programme[data-programme-id='" + id + "']");
		WebElement item = this.wait.until(ExpectedConditions.visibilityOfElementLocated(listed));
		assertThat(item.getText()).contains("Browser Buddy Scheme " + tag, "Buddy scheme", "0 members");
		this.wait.until(ExpectedConditions.textToBe(By.id("prog-detail-title"), "Browser Buddy Scheme " + tag));

		WebElement search = this.wait
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#prog-add input[role=combobox]")));
		search.sendKeys(g.id(joiner));
		By option = By.cssSelector("#prog-add li[role=option][data-person-id='" + g.id(joiner) + "']");
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(option));
		search.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ENTER);
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("prog-add-as"))).selectByValue("mentor");
		browser.findElement(By.id("prog-add-save")).click();
		WebElement member = this.wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("#prog-members li[data-person-id='" + g.id(joiner) + "']")));
		assertThat(member.getText()).contains("Test " + joiner, "mentor");
		screenshot(test);
	}

	// --- likeliest ---

	@Autowired
	org.warmpath.outcomes.Responsiveness responsiveness;

	@Test
	void theIntroducePageShowsHowIntroducersAnswerAndRanksPathsByTheLikeliestMode(TestInfo test) throws IOException {
		String target = "lkt" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		TestGraphs g = new TestGraphs(this.imports).people("me", "amy", "bob", target)
			.ties("me-amy:0.95", "amy-" + target + ":0.95", "me-bob:0.8", "bob-" + target + ":0.8");
		// generated outcomes: bob answered 4 of 5 asks; amy has 3 asks waiting, her quota
		for (int i = 0; i < 5; i++) {
			this.responsiveness.on(new org.warmpath.outcomes.IntroductionChanged("b" + i, "r", g.id("bob"),
					g.id(target), null, "REQUESTED", false));
			this.responsiveness.on(new org.warmpath.outcomes.IntroductionChanged("b" + i, "r", g.id("bob"),
					g.id(target), "REQUESTED", (i < 4) ? "ACCEPTED" : "DECLINED", false));
		}
		for (int i = 0; i < 3; i++) {
			this.responsiveness.on(new org.warmpath.outcomes.IntroductionChanged("a" + i, "r", g.id("amy"),
					g.id(target), null, "REQUESTED", false));
		}
		signInAsMember(g.id("me"));
		open("introduce");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("introduce-mode")))
			.selectByValue("likeliest");
		WebElement search = this.wait.until(ExpectedConditions.elementToBeClickable(By.id("introduce-target")));
		search.sendKeys(target);
		this.wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("li[role=option][data-person-id='" + g.id(target) + "']")));
		search.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ENTER);
		List<WebElement> rows = this.wait
			.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#mutuals-table tbody tr"), 2));
		// amy's ties are warmer, but she is at her quota: listed last
		assertThat(rows.get(0).getAttribute("data-person-id")).isEqualTo(g.id("bob"));
		assertThat(rows.get(0).getText()).contains("answers 4 of 5 asks", "0 asks waiting");
		assertThat(rows.get(1).getAttribute("data-person-id")).isEqualTo(g.id("amy"));
		assertThat(rows.get(1).getText()).contains("not asked yet", "3 asks waiting");
		WebElement path = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#paths article.path")));
		assertThat(text("#paths h2")).contains("likeliest");
		assertThat(path.getText()).contains("Test bob", "chance 43%", "passes on 67%");
		assertThat(text("#paths-skipped")).contains("Test amy", "3 asks waiting");
		screenshot(test);
	}

	// --- notifications ---

	@Autowired
	org.warmpath.introductions.Introductions introductions;

	@Test
	void aMemberWithAnAskWaitingSeesTheCountOpensTheListAndMarksItRead(TestInfo test) throws IOException {
		TestGraphs g = new TestGraphs(this.imports).people("bellasker", "bellhelper", "belltarget")
			.ties("bellasker-bellhelper:0.9", "bellhelper-belltarget:0.7");
		MemberAccounts accounts = new MemberAccounts(this.accountManagement);
		String asker = accounts.member(g.id("bellasker"));
		this.introductions.request(new org.warmpath.accounts.Caller(asker, g.id("bellasker"), false, false, true),
				new org.warmpath.introductions.IntroductionRequest(g.id("belltarget"), g.id("bellhelper"), "Advice",
						"Hello", null, null, null));
		signInAsMember(g.id("bellhelper"));
		WebElement count = this.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bell-count")));
		assertThat(count.getText()).isEqualTo("1");
		browser.findElement(By.id("bell")).click();
		WebElement item = this.wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("#notifications-panel li.notification.unread[data-kind='ask-waiting']")));
		assertThat(item.getText()).contains("Test bellasker asks you for an introduction to Test belltarget.");
		screenshot(test, "open");
		item.findElement(By.cssSelector("button.mark-read")).click();
		this.wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("#notifications-panel li.notification.read[data-kind='ask-waiting']")));
		this.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("bell-count")));
		// the open list fits a phone screen too
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
		try {
			long overflow = ((Number) js(
					"return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
				.longValue();
			screenshot(test, "phone");
			assertThat(overflow).isLessThanOrEqualTo(1);
		}
		finally {
			browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
		}
	}

	// --- routes ---

	@Autowired
	org.neo4j.driver.Driver neo4j;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Test
	void findAMentorShowsAProgrammeRouteWithNoPathAndFiltersByProgramme(TestInfo test) throws IOException {
		TestGraphs g = new TestGraphs(this.imports).people("me", "pooled:mentor=2", "via", "networked:mentor=2")
			.ties("me-via:0.9", "via-networked:0.8");
		String scheme = g.prefix() + "scheme";
		this.neo4j.executableQuery("CREATE (:Programme {id: $id, name: 'Cardiology buddy scheme'})")
			.withParameters(java.util.Map.of("id", scheme))
			.execute();
		for (String who : List.of("me", "pooled")) {
			this.neo4j
				.executableQuery(
						"MATCH (p:Person {id: $p}), (g:Programme {id: $g}) MERGE (p)-[m:MEMBER_OF]->(g) SET m.as = $as")
				.withParameters(
						java.util.Map.of("p", g.id(who), "g", scheme, "as", who.equals("me") ? "mentee" : "mentor"))
				.execute();
			this.events.publishEvent(new org.warmpath.people.ProgrammeMembershipChanged(g.id(who), scheme, true,
					who.equals("me") ? "mentee" : "mentor"));
		}
		signInAsMember(g.id("me"));
		open("mentors");
		WebElement networked = mentorCard(g.id("networked"));
		assertThat(networked.findElement(By.cssSelector("li.route.network")).getText())
			.startsWith("Through your network");
		WebElement pooled = browser.findElement(By.cssSelector("li.mentor[data-person-id='" + g.id("pooled") + "']"));
		assertThat(pooled.findElement(By.cssSelector("li.route.programme")).getText())
			.isEqualTo("Through the Cardiology buddy scheme – no introduction needed");
		assertThat(pooled.findElements(By.cssSelector("ol.chain, li.route.network, button.ask-intro"))).isEmpty();
		assertThat(pooled.getText()).doesNotContain("write cold");
		assertThat(new Select(browser.findElement(By.id("mentor-programme"))).getOptions()
			.stream()
			.map(WebElement::getText)).contains("All my programmes", "Cardiology buddy scheme");
		screenshot(test);
	}

	// --- answertime ---

	@Test
	void theIntroducePageSaysHowSoonAnIntroducerUsuallyAnswers(TestInfo test) throws IOException {
		String target = "att" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
		TestGraphs g = new TestGraphs(this.imports).people("me", "sam", target)
			.ties("me-sam:0.9", "sam-" + target + ":0.9");
		// generated outcomes: sam answered after 30, 40 and 50 hours; the median is 40
		java.time.Instant asked = java.time.Instant.parse("2026-01-01T00:00:00Z");
		int[] hours = { 30, 40, 50 };
		for (int i = 0; i < hours.length; i++) {
			this.responsiveness.on(new org.warmpath.outcomes.IntroductionChanged("at" + i, "r", g.id("sam"),
					g.id(target), null, "REQUESTED", false));
			this.responsiveness.on(new org.warmpath.outcomes.IntroductionChanged("at" + i, "r", g.id("sam"),
					g.id(target), "REQUESTED", "ACCEPTED", false, asked, asked.plus(Duration.ofHours(hours[i]))));
		}
		signInAsMember(g.id("me"));
		open("introduce");
		WebElement search = this.wait.until(ExpectedConditions.elementToBeClickable(By.id("introduce-target")));
		search.sendKeys(target);
		this.wait.until(ExpectedConditions
			.visibilityOfElementLocated(By.cssSelector("li[role=option][data-person-id='" + g.id(target) + "']")));
		search.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ENTER);
		WebElement row = this.wait.until(ExpectedConditions.visibilityOfElementLocated(
				By.cssSelector("#mutuals-table tbody tr[data-person-id='" + g.id("sam") + "']")));
		assertThat(row.getText()).contains("answers 3 of 3 asks", "usually answers within 2 days");
		WebElement path = this.wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#paths article.path")));
		assertThat(path.getText()).contains("Test sam passes on", "usually answers within 2 days");
		screenshot(test);
	}

}
