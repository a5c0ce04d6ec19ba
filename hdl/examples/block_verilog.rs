//! Writes one block's Verilog to stdout, for linting blocks on their own.
use gatebook_hdl::verilog::verilog_named;

fn main() {
    let block = std::env::args().nth(1).unwrap_or_default();
    let text = match block.as_str() {
        "ingress" => verilog_named(&mut gatebook_hdl::ingress::Ingress::default(), "ingress"),
        "bitmap" => verilog_named(
            &mut gatebook_hdl::bitmap::LevelBitmap::<9, 5>::new(32, 1024),
            "level_bitmap",
        ),
        "free_list" => verilog_named(
            &mut gatebook_hdl::free_list::FreeList::<12>::default(),
            "free_list",
        ),
        "order_ids" => verilog_named(
            &mut gatebook_hdl::order_ids::OrderIdTable::<12, 13>::default(),
            "order_ids",
        ),
        "egress" => verilog_named(&mut gatebook_hdl::egress::Egress::default(), "egress"),
        "risk" => verilog_named(
            &mut gatebook_hdl::risk::RiskChecks::default(),
            "risk_checks",
        ),
        "tables" => verilog_named(
            &mut gatebook_hdl::tables::ControlDecoder::default(),
            "control_decoder",
        ),
        "small_top" => verilog_named(
            &mut gatebook_hdl::top::SmallTop::new(gatebook_hdl::top::SMALL_BUILD),
            "gatebook_top",
        ),
        "regs" => verilog_named(
            &mut gatebook_hdl::shell::regs::Regs::new(gatebook_hdl::shell::card::identity(
                gatebook_hdl::matcher::Build::DEFAULT_CARD,
                b"",
            )),
            "regs",
        ),
        "sq_fetch" => verilog_named(
            &mut gatebook_hdl::shell::sq_fetch::SqFetch::default(),
            "sq_fetch",
        ),
        "cq_write" => verilog_named(
            &mut gatebook_hdl::shell::cq_write::CqWrite::default(),
            "cq_write",
        ),
        other => panic!("unknown block {other}"),
    };
    print!("{text}");
}
