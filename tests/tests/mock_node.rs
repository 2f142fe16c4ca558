//! Node calls the mock as users do: the openapi-fetch client of the OpenAPI document, and a bot
//! written with the npm package (installed from its tarball into a fresh project, compiled by
//! `tsc --strict`) whose receiver verifies the mock's signed deliveries and answers through it.

use std::process::Command;
use std::time::Duration;

use periskope_tests::js;
use periskope_validate::mock::{MockServer, Options};
use serde_json::{Value, json};

fn mock() -> MockServer {
    MockServer::start(Options {
        seed: Some(3),
        ack_interval: Duration::from_millis(20),
        ..Options::default().listen("127.0.0.1:0".parse().expect("an address"))
    })
    .expect("starts")
}

fn stdout_json(output: &std::process::Output) -> Value {
    assert!(
        output.status.success(),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!("{e}: {}", String::from_utf8_lossy(&output.stdout));
    })
}

#[test]
fn openapi_fetch_calls_the_mock() {
    let server = mock();
    let modules = js::node_modules();
    let dir = std::env::temp_dir().join(format!("periskope-mock-fetch-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a folder");
    std::os::unix::fs::symlink(&modules, dir.join("node_modules")).expect("links node_modules");
    std::fs::write(
        dir.join("client.mjs"),
        r#"import createClient from "openapi-fetch";
const client = createClient({ baseUrl: process.env.BASE, headers: { Authorization: "Bearer k" } });
const chats = await client.GET("/chats", { params: { query: { limit: 1 } } });
const sent = await client.POST("/message/send", {
  params: { header: { "x-phone": "918527184400" } },
  body: { chat_id: "919537851844@c.us", message: "Hi from openapi-fetch" },
});
const status = await client.GET("/message/{unique_id}/status", {
  params: { path: { unique_id: sent.data.unique_id } },
});
const refused = await client.GET("/contacts", { params: { query: { limit: 10000 } } });
console.log(JSON.stringify({
  chats: [chats.response.status, chats.data.count],
  sent: [sent.response.status, typeof sent.data.queue_id],
  status: [status.response.status, status.data.chat_id, status.data.message.body],
  refused: [refused.response.status, refused.error],
}));
"#,
    )
    .expect("writes");
    let output = js::node(&["client.mjs"])
        .env("BASE", server.base_url())
        .current_dir(&dir)
        .output()
        .expect("node runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        stdout_json(&output),
        json!({
            "chats": [200, 1],
            "sent": [200, "string"],
            "status": [200, "919537851844@c.us", "Hi from openapi-fetch"],
            "refused": [422, {"code": "VALIDATION_ERROR", "message": "Invalid query", "status": 422,
                              "name": "Validation Error",
                              "fields": {"limit": {"message": "Limit should be less than 2000",
                                                   "value": "10000"}}}],
        })
    );
    server.stop();
}

#[test]
fn a_node_bot_built_on_the_npm_package_holds_a_conversation_through_the_mock() {
    let server = mock();
    let project = js::installed_package();
    let source = js::js_dir().join("../ts/node/bot.ts");
    std::fs::copy(&source, project.join("bot.ts")).expect("copies the bot");
    let types = js::node_modules().join("@types");
    let compiled = js::tsc()
        .args([
            "--strict",
            "--module",
            "nodenext",
            "--moduleResolution",
            "nodenext",
            "--target",
            "es2022",
            "--lib",
            "es2022,dom",
            "--types",
            "node",
            "--typeRoots",
        ])
        .arg(&types)
        .args(["--outDir", "bot-out", "bot.ts"])
        .current_dir(&project)
        .output()
        .expect("tsc runs");
    assert!(
        compiled.status.success(),
        "bot.ts does not compile:\n{}",
        String::from_utf8_lossy(&compiled.stdout)
    );
    let output = Command::new("node")
        .arg("bot-out/bot.js")
        .env("PERISKOPE_BASE_URL", server.base_url())
        .current_dir(&project)
        .output()
        .expect("node runs");
    let result = stdout_json(&output);
    let messages = server.messages("919537851844@c.us");
    let reply = messages.last().expect("the reply");
    assert_eq!(
        result,
        json!({
            "log": ["message.created customer 0", "message.created bot 1",
                    "message.ack.updated bot 2", "message.ack.updated bot 4"],
            "reply": reply["message_id"],
            "newest": [[true, "You said: Is my order on its way?"],
                       [false, "Is my order on its way?"]],
        })
    );
    assert!(server.deliveries().iter().all(|d| d.status == Some(200)));
    server.stop();
}
