"""End-to-end tests of the sandbox: a real PTB Bot/Application against the Bot API emulator.

No sleeping: the client long-polls the emulator and PTB long-polls getUpdates; every wait has a
timeout and returns as soon as the awaited change happens.
"""

from __future__ import annotations

import asyncio
import hashlib
import html
import io
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import aiohttp
import pytest
from PIL import Image
from telegram import (
    Bot,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    ReplyKeyboardMarkup,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from atspro.sandbox import (
    EMULATOR_KEY,
    FloodControl,
    Limits,
    SandboxClient,
    SandboxError,
    SandboxServer,
    start_emulator,
)

TOKEN = "123456:SANDBOX-test-token"
USER_ID = 1001


@pytest.fixture
async def server() -> AsyncIterator[SandboxServer]:
    async with SandboxServer(port=0, token=TOKEN) as srv:
        yield srv


@pytest.fixture
async def user(server: SandboxServer) -> AsyncIterator[SandboxClient]:
    async with SandboxClient(server.base_url, user_id=USER_ID) as client:
        yield client


@pytest.fixture
async def bot(server: SandboxServer) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=server.bot_api_url, base_file_url=server.file_url) as the_bot:
        yield the_bot


@asynccontextmanager
async def running_app(server: SandboxServer, *handlers: BaseHandler) -> AsyncIterator[Application]:
    """A real PTB Application polling the emulator; handler exceptions fail the test."""
    app = (
        ApplicationBuilder()
        .token(TOKEN)
        .base_url(server.bot_api_url)
        .base_file_url(server.file_url)
        .build()
    )
    for handler in handlers:
        app.add_handler(handler)
    errors: list[BaseException] = []

    async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        errors.append(context.error)

    app.add_error_handler(on_error)
    async with app:
        await app.start()
        await app.updater.start_polling(timeout=5)
        try:
            yield app
        finally:
            await app.updater.stop()
            await app.stop()
    assert not errors, f"handlers raised: {errors!r}"


def telegram_says(text: str, *, prefix: bool = False, anywhere: bool = False) -> re.Pattern:
    """Match a PTB error message: PTB strips "Bad Request: " and changes the letter case."""
    pattern = re.escape(text)
    if not anywhere:
        pattern = "^" + pattern + ("" if prefix else "$")
    return re.compile(pattern, re.IGNORECASE)


def sample_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Jane Doe - Senior Python Engineer")
    return bytes(pdf.output())


def sample_png(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (40, 120, 200)).save(buffer, format="PNG")
    return buffer.getvalue()


# --- the bot, polling, files, buttons ---------------------------------------------------------


async def test_get_me_reports_the_bot_identity(bot: Bot) -> None:
    me = await bot.get_me()
    assert me.is_bot and me.id == 123456
    assert me.username == "atspro_sandbox_bot" == bot.username


async def test_polling_round_trip_with_command_and_html_reply(
    server: SandboxServer, user: SandboxClient
) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.message.reply_text(f"Welcome, {update.effective_user.first_name}!")

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        await update.message.reply_text(
            f"<b>You said:</b> {html.escape(update.message.text)}", parse_mode=ParseMode.HTML
        )

    async with running_app(
        server,
        CommandHandler("start", start),
        MessageHandler(filters.TEXT & ~filters.COMMAND, echo),
    ):
        sent = await user.send_text("/start")
        assert sent["message"]["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]
        welcome = await user.wait_for_bot("Welcome")
        assert welcome["text"] == "Welcome, You!"

        await user.send_text("I <3 Python & SQL")
        reply = await user.wait_for_bot("You said")
        assert reply["text"] == "You said: I <3 Python & SQL"
        assert reply["message"]["entities"] == [{"type": "bold", "offset": 0, "length": 9}]
        assert reply["message"]["from"]["is_bot"] is True
        # Both directions are in the chat, in order.
        texts = [m["text"] for m in await user.messages()]
        assert texts == ["/start", "Welcome, You!", "I <3 Python & SQL", reply["text"]]


async def test_bot_document_can_be_downloaded_through_the_client_api(
    bot: Bot, user: SandboxClient
) -> None:
    content = "Tailored resume\n" * 50
    message = await bot.send_document(
        USER_ID,
        document=content.encode(),
        filename="tailored resume.txt",
        caption="<i>Your tailored resume</i>",
        parse_mode=ParseMode.HTML,
    )
    assert message.document.file_name == "tailored resume.txt"
    assert message.document.mime_type == "text/plain"
    assert message.document.file_size == len(content.encode())
    assert message.caption == "Your tailored resume"
    assert message.caption_entities[0].type == "italic"

    record = (await user.messages())[-1]
    assert record["message"]["document"]["file_id"] == message.document.file_id
    assert await user.download(message.document.file_id) == content.encode()


async def test_user_document_is_downloaded_by_the_bot_with_get_file(
    server: SandboxServer, user: SandboxClient
) -> None:
    async def on_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        document = update.message.document
        data = await (await document.get_file()).download_as_bytearray()
        digest = hashlib.sha256(data).hexdigest()
        await update.message.reply_text(f"{document.file_name} {document.mime_type} {digest}")

    pdf = sample_pdf()
    async with running_app(server, MessageHandler(filters.Document.ALL, on_document)):
        sent = await user.send_document("resume.pdf", pdf, caption="my resume")
        assert sent["message"]["caption"] == "my resume"
        reply = await user.wait_for_bot("resume.pdf")
    assert reply["text"] == f"resume.pdf application/pdf {hashlib.sha256(pdf).hexdigest()}"


async def test_inline_button_press_reaches_the_callback_handler_and_edits(
    server: SandboxServer, user: SandboxClient
) -> None:
    async def menu(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        keyboard = InlineKeyboardMarkup(
            [
                [InlineKeyboardButton("Python", callback_data="pick:py")],
                [InlineKeyboardButton("Go", callback_data="pick:go")],
            ]
        )
        await update.message.reply_text("Choose a skill", reply_markup=keyboard)

    async def picked(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        await query.answer(f"Saved {query.data}")
        await query.edit_message_text(
            f"You picked <b>{query.data.split(':')[1]}</b>", parse_mode=ParseMode.HTML
        )

    async with running_app(server, CommandHandler("menu", menu), CallbackQueryHandler(picked)):
        await user.send_text("/menu")
        prompt = await user.wait_for_bot("Choose a skill")
        buttons = prompt["message"]["reply_markup"]["inline_keyboard"]
        assert [row[0]["callback_data"] for row in buttons] == ["pick:py", "pick:go"]

        with pytest.raises(SandboxError, match="no button"):
            await user.press(prompt["message_id"], "pick:rust")

        await user.press(prompt["message_id"], "pick:go")
        edited = await user.wait_for(
            lambda m: m["message_id"] == prompt["message_id"] and m["edit_count"] == 1
        )
        answer = await user.wait_for_event(lambda e: e["type"] == "callback_answer")

    assert edited["text"] == "You picked go"
    assert edited["message"]["entities"] == [{"type": "bold", "offset": 11, "length": 2}]
    # Telegram drops the inline keyboard when an edit does not resend it.
    assert "reply_markup" not in edited["message"]
    assert edited["message"]["edit_date"] >= edited["message"]["date"]
    assert answer["text"] == "Saved pick:go" and answer["show_alert"] is False


async def test_photos_go_both_ways_with_telegram_photo_sizes(
    server: SandboxServer, bot: Bot, user: SandboxClient
) -> None:
    message = await bot.send_photo(USER_ID, photo=sample_png(1000, 500), caption="score card")
    widths = [size.width for size in message.photo]
    assert widths == sorted(widths) and widths[-1] == 1000 and message.photo[-1].height == 500
    largest = await user.download(message.photo[-1].file_id)
    assert Image.open(io.BytesIO(largest)).size == (1000, 500)

    received: asyncio.Future[tuple[int, int]] = asyncio.get_running_loop().create_future()

    async def on_photo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        data = await (await update.message.photo[-1].get_file()).download_as_bytearray()
        received.set_result(Image.open(io.BytesIO(bytes(data))).size)

    async with running_app(server, MessageHandler(filters.PHOTO, on_photo)):
        await user.send_photo("job.png", sample_png(300, 200))
        assert await asyncio.wait_for(received, 10) == (300, 200)

    with pytest.raises(SandboxError, match="not an image"):
        await user.send_photo("resume.pdf", sample_pdf())


# --- Telegram's checks, with Telegram's words ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<b>bold", "can't parse entities: can't find end tag corresponding to start tag \"b\""),
        ("Hi <div>x</div>", 'can\'t parse entities: unsupported start tag "div" at byte offset 3'),
        ("Привет <br>", 'can\'t parse entities: unsupported start tag "br" at byte offset 13'),
        ("1 < 2", 'can\'t parse entities: unsupported start tag "" at byte offset 2'),
        (
            "<b>x</i>",
            'can\'t parse entities: unmatched end tag at byte offset 4, expected "</b>", '
            'found "</i>"',
        ),
        (
            "<span>x</span>",
            'can\'t parse entities: tag "span" must have class "tg-spoiler" at byte offset 0',
        ),
        ("<b> </b>\n ", "message text is empty"),
        ("x" * 4097, "message is too long"),
        ("😀" * 2049, "message is too long"),  # 4098 UTF-16 code units
    ],
)
async def test_send_message_rejections_match_telegram(
    bot: Bot, user: SandboxClient, text: str, expected: str
) -> None:
    with pytest.raises(BadRequest) as info:
        await bot.send_message(USER_ID, text, parse_mode=ParseMode.HTML)
    assert info.value.message.lower() == expected.lower()


@pytest.mark.parametrize(
    "text",
    [
        "x" * 4096,
        "😀" * 2048,
        "<b>" + "x" * 4096 + "</b>",  # tags do not count
        "&lt;" * 4096,  # an entity counts as one character
        '<pre><code class="language-python">print(1)</code></pre> <a href="https://x.org">x</a>',
        "<tg-spoiler>s</tg-spoiler> <blockquote expandable>q</blockquote> &amp;&quot;&#8364;",
    ],
)
async def test_send_message_accepts_what_telegram_accepts(
    bot: Bot, user: SandboxClient, text: str
) -> None:
    message = await bot.send_message(USER_ID, text, parse_mode=ParseMode.HTML)
    assert message.message_id > 0 and message.text


async def test_caption_callback_data_chat_and_block_checks(bot: Bot, user: SandboxClient) -> None:
    with pytest.raises(BadRequest, match=telegram_says("message caption is too long")):
        await bot.send_document(USER_ID, document=b"cv", filename="cv.txt", caption="c" * 1025)
    assert (await bot.send_document(USER_ID, b"cv", filename="cv.txt", caption="c" * 1024)).caption

    def keyboard(data: str) -> InlineKeyboardMarkup:
        return InlineKeyboardMarkup([[InlineKeyboardButton("Go", callback_data=data)]])

    with pytest.raises(BadRequest, match=telegram_says("button_data_invalid")):
        await bot.send_message(USER_ID, "menu", reply_markup=keyboard("d" * 65))
    with pytest.raises(BadRequest, match=telegram_says("button_data_invalid")):
        await bot.send_message(USER_ID, "menu", reply_markup=keyboard("é" * 33))  # 66 bytes
    assert (await bot.send_message(USER_ID, "menu", reply_markup=keyboard("d" * 64))).reply_markup

    with pytest.raises(BadRequest, match=telegram_says("chat not found")):
        await bot.send_message(424242, "hello?")

    await user.set_blocked(True)
    with pytest.raises(Forbidden) as blocked:
        await bot.send_message(USER_ID, "news")
    assert blocked.value.message == "Forbidden: bot was blocked by the user"
    with pytest.raises(Forbidden):
        await bot.send_chat_action(USER_ID, "typing")
    # Telegram tells the bot about the block with a my_chat_member update.
    updates = await bot.get_updates(timeout=0)
    assert updates[-1].my_chat_member.new_chat_member.status == "kicked"

    await user.send_text("I'm back")  # writing to the bot lifts the block
    assert (await bot.send_message(USER_ID, "welcome back")).text == "welcome back"


async def test_edit_and_delete_rules(bot: Bot, user: SandboxClient) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("A", callback_data="a")]])
    message = await bot.send_message(
        USER_ID, "<b>Score</b>: 80", parse_mode="HTML", reply_markup=markup
    )

    with pytest.raises(
        BadRequest,
        match=telegram_says("message is not modified: specified new message", prefix=True),
    ):
        await bot.edit_message_text(
            "<b>Score</b>: 80", USER_ID, message.message_id, parse_mode="HTML", reply_markup=markup
        )
    # Same text without the keyboard is a real change (the keyboard goes away).
    edited = await bot.edit_message_text(
        "<b>Score</b>: 80", USER_ID, message.message_id, parse_mode="HTML"
    )
    assert edited.reply_markup is None and edited.edit_date is not None
    restored = await bot.edit_message_reply_markup(USER_ID, message.message_id, reply_markup=markup)
    assert restored.reply_markup == markup
    with pytest.raises(BadRequest, match=telegram_says("message_too_long")):
        await bot.edit_message_text("x" * 4097, USER_ID, message.message_id)
    with pytest.raises(
        BadRequest, match=telegram_says("there is no caption in the message to edit")
    ):
        await bot.edit_message_caption(USER_ID, message.message_id, caption="c")
    with pytest.raises(BadRequest, match=telegram_says("message to edit not found")):
        await bot.edit_message_text("new", USER_ID, 9999)

    record = (await user.messages())[-1]
    assert record["edit_count"] == 2

    assert await bot.delete_message(USER_ID, message.message_id)
    with pytest.raises(BadRequest, match=telegram_says("message to delete not found")):
        await bot.delete_message(USER_ID, message.message_id)
    with pytest.raises(BadRequest, match=telegram_says("message to edit not found")):
        await bot.edit_message_text("gone", USER_ID, message.message_id)
    assert await user.messages() == []

    document = await bot.send_document(USER_ID, b"cv", filename="cv.txt", caption="v1")
    edited = await bot.edit_message_caption(
        USER_ID, document.message_id, caption="<b>v2</b>", parse_mode="HTML"
    )
    assert edited.caption == "v2" and edited.caption_entities[0].type == "bold"
    with pytest.raises(BadRequest, match=telegram_says("message is not modified:", prefix=True)):
        await bot.edit_message_caption(
            USER_ID, document.message_id, caption="<b>v2</b>", parse_mode="HTML"
        )
    with pytest.raises(BadRequest, match=telegram_says("there is no text in the message to edit")):
        await bot.edit_message_text("text", USER_ID, document.message_id)
    [record] = await user.messages()
    assert record["text"] == "v2" and record["edit_count"] == 1


async def test_file_size_limits() -> None:
    assert Limits().max_upload_bytes == 50 * 1024 * 1024
    assert Limits().max_download_bytes == 20 * 1024 * 1024
    small = Limits(max_upload_bytes=4096, max_download_bytes=2048)
    async with (
        SandboxServer(port=0, token=TOKEN, limits=small) as server,
        SandboxClient(server.base_url) as user,
        Bot(TOKEN, base_url=server.bot_api_url, base_file_url=server.file_url) as bot,
    ):
        sent = await user.send_document("big.txt", b"x" * 3000)
        with pytest.raises(BadRequest, match=telegram_says("file is too big")):
            await bot.get_file(sent["message"]["document"]["file_id"])
        ok = await user.send_document("small.txt", b"y" * 2000)
        file = await bot.get_file(ok["message"]["document"]["file_id"])
        assert await file.download_as_bytearray() == b"y" * 2000

        with pytest.raises(NetworkError, match="Request Entity Too Large"):
            await bot.send_document(USER_ID, document=b"z" * 4097, filename="z.bin")
        with pytest.raises(BadRequest, match=telegram_says("wrong file_id", prefix=True)):
            await bot.get_file("no-such-file")


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_flood_control_answers_429_with_retry_after(
    server: SandboxServer, bot: Bot, user: SandboxClient
) -> None:
    now = [1000.0]
    server.emulator.set_flood_control(
        FloodControl(per_chat_per_s=1.0, per_chat_burst=2, clock=lambda: now[0])
    )
    await bot.send_message(USER_ID, "one")
    await bot.send_message(USER_ID, "two")
    with pytest.raises(RetryAfter) as info:
        await bot.send_message(USER_ID, "three")
    # (The message, not .retry_after, whose type PTB is changing with a deprecation warning.)
    assert info.value.message == "Flood control exceeded. Retry in 1 seconds"
    now[0] += 1.0
    assert (await bot.send_message(USER_ID, "three")).text == "three"
    server.emulator.set_flood_control(False)


# --- the raw HTTP surface -------------------------------------------------------------------------


async def test_get_updates_long_poll_wakes_on_a_new_message(
    server: SandboxServer, user: SandboxClient
) -> None:
    url = f"{server.base_url}/bot{TOKEN}/getUpdates"
    loop = asyncio.get_running_loop()
    async with aiohttp.ClientSession() as session:

        async def long_poll() -> list[dict]:
            async with session.post(url, json={"timeout": 20}) as response:
                return (await response.json())["result"]

        started = loop.time()
        poll = asyncio.create_task(long_poll())
        api = server.emulator.api
        assert await server.emulator.state.wait_until(lambda: api._poll_generation == 1, 5)
        await user.send_text("hello")
        updates = await asyncio.wait_for(poll, 10)
        assert loop.time() - started < 5  # woke on the message, not at the 20 s timeout
        assert updates[0]["message"]["text"] == "hello"
        update_id = updates[0]["update_id"]

        # Query-string parameters (GET) confirm the update like Telegram's offset does.
        async with session.get(url, params={"offset": str(update_id + 1), "timeout": "0"}) as r:
            assert (await r.json()) == {"ok": True, "result": []}

        # allowed_updates drops other update types, as Telegram does.
        async with session.post(
            url, data={"timeout": "0", "allowed_updates": '["callback_query"]'}
        ) as r:
            assert (await r.json())["result"] == []
        await user.send_text("not delivered")
        async with session.post(url, json={"timeout": 0, "allowed_updates": []}) as r:
            assert (await r.json())["result"] == []


async def test_a_second_get_updates_ends_the_first_with_conflict(server: SandboxServer) -> None:
    url = f"{server.base_url}/bot{TOKEN}/getUpdates"
    async with aiohttp.ClientSession() as session:

        async def call(poll_s: int) -> tuple[int, dict]:
            async with session.post(url, json={"timeout": poll_s}) as response:
                return response.status, await response.json()

        first = asyncio.create_task(call(20))
        api = server.emulator.api
        assert await server.emulator.state.wait_until(lambda: api._poll_generation == 1, 5)
        assert await call(0) == (200, {"ok": True, "result": []})
        status, body = await asyncio.wait_for(first, 5)
    assert status == 409
    assert body["description"].startswith("Conflict: terminated by other getUpdates request")


async def test_json_form_and_bad_keyboard_requests(
    server: SandboxServer, user: SandboxClient
) -> None:
    url = f"{server.base_url}/bot{TOKEN}"
    keyboard = {"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}
    async with aiohttp.ClientSession() as session:
        async with session.post(
            f"{url}/sendMessage",
            json={"chat_id": USER_ID, "text": "json", "reply_markup": keyboard},
        ) as r:
            body = await r.json()
        assert body["result"]["reply_markup"] == keyboard
        assert body["result"]["chat"] == {"id": USER_ID, "first_name": "You", "type": "private"}

        form = {
            "chat_id": str(USER_ID),
            "text": "form",
            "reply_markup": '{"keyboard": [["Yes", "No"]]}',
        }
        async with session.post(f"{url}/sendMessage", data=form) as r:
            assert (await r.json())["result"]["text"] == "form"
        assert (await user.chat())["reply_keyboard"] == {"keyboard": [["Yes", "No"]]}

        bad_shapes = [
            (
                {"inline_keyboard": [{"text": "A"}]},
                "of the InlineKeyboardMarkup should be an Array of Arrays",
            ),
            (
                {"inline_keyboard": [[{"text": "A"}]]},
                "Text buttons are unallowed in the inline keyboard",
            ),
            (
                {"inline_keyboard": [[{"text": "A", "url": "javascript:alert(1)"}]]},
                "BUTTON_URL_INVALID",
            ),
        ]
        for markup, message in bad_shapes:
            async with session.post(
                f"{url}/sendMessage", json={"chat_id": USER_ID, "text": "x", "reply_markup": markup}
            ) as r:
                body = await r.json()
            assert r.status == 400 and body["error_code"] == 400
            assert (
                body["description"].startswith("Bad Request: ") and message in body["description"]
            )

        async with session.post(f"{url}/setMyDefaultAdministratorRights", json={}) as r:
            assert (await r.json()) == {"ok": True, "result": True}
        assert server.emulator.api.unknown_methods == ["setMyDefaultAdministratorRights"]

        async with session.post(f"{server.base_url}/botWRONG:token/getMe") as r:
            assert r.status == 401


async def test_wrong_token_raises_invalid_token(server: SandboxServer) -> None:
    bot = Bot("999:wrong", base_url=server.bot_api_url, base_file_url=server.file_url)
    with pytest.raises(InvalidToken):
        await bot.initialize()


async def test_commands_chat_actions_and_reply_keyboard(bot: Bot, user: SandboxClient) -> None:
    await bot.set_my_commands([("start", "Start over"), ("score", "Score my resume")])
    assert [c.command for c in await bot.get_my_commands()] == ["start", "score"]
    info = await (await user.session.get(f"{user.base_url}/api/info")).json()
    assert info["commands"][0]["commands"][1] == {
        "command": "score",
        "description": "Score my resume",
    }
    with pytest.raises(BadRequest, match=telegram_says("bot_command_invalid")):
        await bot.set_my_commands([("Bad-Command", "x")])

    await bot.send_chat_action(USER_ID, "typing")
    event = await user.wait_for_event(lambda e: e["type"] == "chat_action")
    assert event["action"] == "typing"
    with pytest.raises(BadRequest, match=telegram_says("wrong parameter action in request")):
        await bot.send_chat_action(USER_ID, "dancing")

    await bot.send_message(USER_ID, "Pick", reply_markup=ReplyKeyboardMarkup([["Yes", "No"]]))
    chat = await user.chat()
    assert chat["reply_keyboard"]["keyboard"] == [[{"text": "Yes"}, {"text": "No"}]]


async def test_index_page_and_static_files_are_served(server: SandboxServer) -> None:
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{server.base_url}/") as r:
            page = await r.text()
            assert r.status == 200 and r.content_type == "text/html"
        assert '<script src="/static/app.js">' in page and "/static/style.css" in page
        async with session.get(f"{server.base_url}/static/app.js") as r:
            script = await r.text()
        assert r.status == 200 and "/api/updates" in script and "/api/press" in script
        async with session.get(f"{server.base_url}/static/style.css") as r:
            assert r.status == 200


async def test_start_emulator_and_reset_keep_ids_growing() -> None:
    runner, base_url = await start_emulator("127.0.0.1", 0, token=TOKEN)
    try:
        emulator = runner.app[EMULATOR_KEY]
        async with (
            SandboxClient(base_url) as user,
            Bot(TOKEN, base_url=f"{base_url}/bot", base_file_url=f"{base_url}/file/bot") as bot,
        ):
            first = await bot.send_message(USER_ID, "before reset")
            async with user.session.post(f"{base_url}/api/reset") as response:
                assert (await response.json())["ok"]
            assert emulator.state.users == {}
            with pytest.raises(BadRequest, match=telegram_says("chat not found")):
                await bot.send_message(USER_ID, "nobody here")
            await user.ensure_user()
            second = await bot.send_message(USER_ID, "after reset")
            # A bot may still hold old message ids: new ones never reuse them.
            assert second.message_id > first.message_id
            assert [m["text"] for m in await user.messages()] == ["after reset"]
    finally:
        await runner.cleanup()
