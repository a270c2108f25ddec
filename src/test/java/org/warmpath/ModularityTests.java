package org.warmpath;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries the build verifies: every direct sub-package of
 * {@code org.warmpath} is a module, the modules form no cycle, and no module reaches into
 * another's internals (its sub-packages) or past the dependencies it declares. Also
 * writes the module canvas and component diagrams to {@code docs/modules/}.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(WarmPathApplication.class);

	@Test
	void modulesHaveNoCyclesAndUseOnlyEachOthersApi() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDocumentation() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules")).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases()
			.writeAggregatingDocument();
	}

}
