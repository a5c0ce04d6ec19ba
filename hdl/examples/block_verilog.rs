//! Writes one block's Verilog to stdout, for linting blocks on their own.
use gatebook_hdl::verilog::verilog_named;

fn main() {
    let block = std::env::args().nth(1).unwrap_or_default();
    let text = match block.as_str() {
        "ingress" => verilog_named(&mut gatebook_hdl::ingress::Ingress::default(), "ingress"),
        other => panic!("unknown block {other}"),
    };
    print!("{text}");
}
