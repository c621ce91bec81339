import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// What a scanned booth sticker is, shown so that nobody misses a forgery: a forged or altered
// sticker is a red banner with a warning sign and the word FORGED (and fills nothing); a
// genuine one shows the booth and the exhibitor from the booth list.
Rectangle {
    id: banner

    // LastBoothSticker.check()/offer(): {ok, verdict, message, booth, hall, exhibitor}
    property var check: ({})
    readonly property string verdict: check.verdict || "empty"
    readonly property bool forged: verdict === "forged"

    visible: verdict !== "empty"
    color: forged ? Theme.danger : verdict === "genuine" ? "#dff3e4" : Theme.amberSoft
    radius: Theme.radius
    implicitHeight: Math.max(Theme.touch, texts.implicitHeight + 16)
    Layout.fillWidth: true

    // Positioners, not layouts: wrapped text inside a RowLayout whose height follows it makes
    // a polish loop.
    Rectangle {
        id: sign
        x: 8
        anchors.verticalCenter: parent.verticalCenter
        width: 40
        height: 40
        radius: 20
        color: banner.forged ? "#ffffff" : banner.verdict === "genuine" ? Theme.ok : Theme.amber
        // A drawn sign, not a font glyph: it shows whatever fonts the tablet has.
        Label {
            textFormat: Text.PlainText
            anchors.centerIn: parent
            text: banner.verdict === "genuine" ? "✓" : "!"
            color: banner.forged ? Theme.danger : "#ffffff"
            font.pixelSize: 28
            font.bold: true
        }
    }
    Column {
        id: texts
        x: sign.x + sign.width + Theme.gap
        width: banner.width - x - 8
        anchors.verticalCenter: parent.verticalCenter
        spacing: 2
        Label {
            textFormat: Text.PlainText
            width: parent.width
            text: banner.forged ? qsTr("FORGED STICKER")
                : banner.verdict === "genuine" ? qsTr("Genuine sticker: booth %1").arg(banner.check.booth || "")
                : qsTr("Not a valid booth sticker")
            color: banner.forged ? "#ffffff" : Theme.text
            font.pixelSize: banner.forged ? 24 : Theme.fontSize
            font.bold: true
            wrapMode: Text.Wrap
        }
        Label {
            textFormat: Text.PlainText
            width: parent.width
            text: banner.verdict === "genuine"
                  ? ((banner.check.exhibitor || "").length > 0 ? banner.check.exhibitor : qsTr("Not in the booth list"))
                  : (banner.check.message || "")
            color: banner.forged ? "#ffffff" : Theme.text
            wrapMode: Text.Wrap
        }
    }
}
