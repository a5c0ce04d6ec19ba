# gatebook: the two set-up commands are `make run` and `make test`.
CARGO ?= cargo
OUT ?= out
GATEBOOK := target/release/gatebook
SEED ?= 1
MESSAGES ?= 1000000

.PHONY: run test lint fmt bench build

## run: generate the default flow and replay it through the reference engine, with a summary
run: build
	mkdir -p $(OUT)
	$(GATEBOOK) gen --seed $(SEED) --messages $(MESSAGES) > $(OUT)/flow.csv
	$(GATEBOOK) replay --input $(OUT)/flow.csv --output $(OUT)/reports.csv --stats
	@echo "reports written to $(OUT)/reports.csv"

build:
	$(CARGO) build --release --bin gatebook

## test: formatting, lints and every test of the workspace
test: lint
	$(CARGO) test --workspace

lint:
	$(CARGO) fmt --all -- --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings

fmt:
	$(CARGO) fmt --all

## bench: criterion benchmarks (engine throughput and latency, peers side by side)
bench:
	$(CARGO) bench --workspace
