package org.warmpath.accounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Creates the {@code admin} account on first start, before the demo network loads. */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

	private final AccountManagement accounts;

	private final String adminPassword;

	AdminBootstrap(AccountManagement accounts, @Value("${warmpath.security.admin-password:}") String adminPassword) {
		this.accounts = accounts;
		this.adminPassword = adminPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.accounts.ensureAdmin(this.adminPassword);
	}

}
