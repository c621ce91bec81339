import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// One event of a case: when, what, who, on which station, signature state, and how far the
// bureau has it (receipt: sealed on this device / received by the bureau / in the bureau log,
// proof checked); an event the fold did not apply is shown with its reason, never hidden.
ItemDelegate {
    id: row

    required property StationBackend backend
    required property string type
    required property string officerName
    required property string station
    required property double time
    required property bool valid
    required property bool late
    required property bool conflict
    required property string reason
    required property bool signatureValid
    required property string receipt
    readonly property bool logged: receipt === "logged"
    readonly property bool received: receipt === "received"

    height: Math.max(Theme.touch, implicitContentHeight + 16)
    background: Rectangle {
        color: !row.valid || row.conflict ? Theme.dangerSoft : row.late ? Theme.amberSoft : "transparent"
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.line }
    }
    contentItem: RowLayout {
        spacing: Theme.gap
        Label {
            textFormat: Text.PlainText
            text: row.backend.formatDateTime(row.time)
            color: Theme.textMuted
            font.pixelSize: Theme.smallSize
            Layout.preferredWidth: 150
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label { textFormat: Text.PlainText; text: Labels.eventType(row.type); font.bold: true; Layout.fillWidth: true; elide: Text.ElideRight }
            Label {
                textFormat: Text.PlainText
                text: row.officerName + " · " + row.station
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                visible: row.reason.length > 0
                text: (row.valid ? "" : qsTr("Not applied: ")) + row.reason
                color: Theme.danger
                wrapMode: Text.Wrap
                font.pixelSize: Theme.smallSize
                Layout.fillWidth: true
            }
        }
        // The receipt's state as a pill (no ids inside contentItem: it is a deferred property).
        Label {
            objectName: "receiptBadge"
            Layout.preferredWidth: 150
            Layout.preferredHeight: Math.max(32, implicitHeight)
            leftPadding: 8
            rightPadding: 8
            topPadding: 4
            bottomPadding: 4
            textFormat: Text.PlainText
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideRight
            font.pixelSize: Theme.smallSize
            color: row.logged ? Theme.primaryText : row.received ? Theme.info : Theme.textMuted
            text: row.logged ? qsTr("In bureau log ✓") : row.received ? qsTr("At the bureau") : qsTr("On this device")
            background: Rectangle {
                radius: height / 2
                color: row.logged ? Theme.ok : row.received ? Theme.infoSoft : Theme.background
                border.color: row.logged ? Theme.ok : row.received ? Theme.info : Theme.line
            }
        }
        Label {
            textFormat: Text.PlainText
            text: row.signatureValid ? qsTr("signed ✓") : qsTr("signature ✗")
            color: row.signatureValid ? Theme.ok : Theme.danger
            font.pixelSize: Theme.smallSize
            Layout.preferredWidth: 96
        }
    }
}
