import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// The booth view's head: the booth a search names (a scanned sticker or a booth code typed in
// full), with its hall and exhibitor from the fair's booth list, how many cases it has, how
// many are open and the next defence deadline. A sticker's verdict is shown first, so that a
// forged sticker is never taken for the booth it claims.
Rectangle {
    id: card

    required property StationBackend backend
    property string searchText
    readonly property string booth: backend.cases.boothInView
    readonly property var info: booth.length > 0 ? backend.boothInfo(booth) : ({})
    readonly property var summary: backend.cases.boothSummary
    readonly property bool fromSticker: searchText.trim().toUpperCase().startsWith("FGB")
    signal closeRequested()

    visible: booth.length > 0
    color: Theme.surface
    border.color: Theme.line
    radius: Theme.radius
    implicitHeight: column.implicitHeight + 2 * Theme.gap
    Layout.fillWidth: true

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: 8

        StickerVerdict {
            objectName: "boothStickerVerdict"
            visible: card.fromSticker && verdict !== "empty"
            check: card.fromSticker ? card.backend.checkSticker(card.searchText) : ({})
        }
        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            Label {
                objectName: "boothTitle"
                textFormat: Text.PlainText
                text: qsTr("Booth %1").arg(card.booth)
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
            }
            Button {
                objectName: "closeBoothView"
                text: qsTr("All cases")
                implicitHeight: Theme.touch
                onClicked: card.closeRequested()
            }
        }
        Label {
            objectName: "boothExhibitor"
            textFormat: Text.PlainText
            text: card.info.known ? qsTr("Hall %1 · %2").arg(card.info.hall).arg(card.info.exhibitor)
                                  : qsTr("Not in the fair's booth list")
            color: card.info.known ? Theme.text : Theme.danger
            font.bold: !card.info.known
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            objectName: "boothSummary"
            textFormat: Text.PlainText
            text: (card.summary.cases || 0) === 0 ? qsTr("No case at this booth.")
                  : card.summary.cases === 1 ? qsTr("1 case at this booth, %1 open").arg(card.summary.open)
                  : qsTr("%1 cases at this booth, %2 open").arg(card.summary.cases).arg(card.summary.open)
            color: Theme.textMuted
        }
        Label {
            objectName: "boothNextDeadline"
            visible: (card.summary.nextDeadline || 0) > 0
            textFormat: Text.PlainText
            text: qsTr("Next defence deadline: %1 (%2)").arg(card.backend.formatDateTime(card.summary.nextDeadline || 0))
                      .arg(Labels.countdown(card.summary.nextDeadline || 0, card.backend.now))
            color: Labels.countdownColor(card.summary.nextDeadline || 0, card.backend.now)
            font.bold: true
        }
    }
}
