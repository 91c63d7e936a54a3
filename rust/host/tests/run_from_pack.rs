//! A program runs from an `.avm` pack the same as from loose `.beam` files, and reads the
//! pack's plain files with `atomvm:read_priv/2`.

use std::path::PathBuf;
use std::process::Command;

fn atomvm() -> Command {
    Command::new(env!("CARGO_BIN_EXE_atomvm"))
}

#[test]
fn runs_from_a_pack_and_reads_priv_files() {
    let dir = std::env::temp_dir().join(format!("atomvm-run-pack-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("myapp/priv")).unwrap();
    std::fs::write(
        dir.join("app_main.erl"),
        "-module(app_main).\n-export([start/0]).\n\
         start() ->\n\
             io:format(\"~p~n\", [atomvm:read_priv(myapp, \"hello.txt\")]),\n\
             io:format(\"~p~n\", [atomvm:read_priv(myapp, <<\"missing.txt\">>)]),\n\
             io:format(\"~p~n\", [app_util:double(21)]).\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("app_util.erl"),
        "-module(app_util).\n-export([double/1]).\ndouble(X) -> 2 * X.\n",
    )
    .unwrap();
    std::fs::write(dir.join("myapp/priv/hello.txt"), "hi there\n").unwrap();
    let erlc = Command::new("erlc")
        .current_dir(&dir)
        .args(["app_main.erl", "app_util.erl"])
        .status()
        .expect("erlc runs");
    assert!(erlc.success());
    let pack = atomvm()
        .current_dir(&dir)
        .args(["pack", "-o", "app.avm", "app_main.beam", "app_util.beam"])
        .arg(PathBuf::from("myapp/priv/hello.txt"))
        .output()
        .unwrap();
    assert!(
        pack.status.success(),
        "{}",
        String::from_utf8_lossy(&pack.stderr)
    );

    let from_pack = atomvm()
        .current_dir(&dir)
        .args(["run", "app.avm"])
        .output()
        .unwrap();
    assert!(
        from_pack.status.success(),
        "{}",
        String::from_utf8_lossy(&from_pack.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&from_pack.stdout),
        "<<\"hi there\\n\">>\nundefined\n42\n"
    );
    // Loose files: the same program, with no pack there is no priv file.
    let loose = atomvm()
        .current_dir(&dir)
        .args(["run", "app_main.beam", "app_util.beam"])
        .output()
        .unwrap();
    assert!(loose.status.success());
    assert_eq!(
        String::from_utf8_lossy(&loose.stdout),
        "undefined\nundefined\n42\n"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
