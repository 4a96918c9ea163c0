// Hang guards, not timing assertions: jsdom role queries over hundreds of findings are slow on a busy 2-core CI machine.
import { configure } from "@testing-library/dom";

configure({ asyncUtilTimeout: 20_000 });
