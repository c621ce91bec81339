import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// One evidence item: thumbnail (derived in memory from the sealed blob), kind, the short
// fingerprint of its SHA-256, who captured it, when, at which booth, and "original seen".
// A corrected item shows its latest description, marked "Corrected" with the reason, who and
// when, and what it said as captured ("As captured: ..."); the sealed blob never changes.
ItemDelegate {
    id: item

    required property StationBackend backend
    // The case state allows corrections (same rule as adding evidence).
    property bool canCorrect: false
    signal correctWanted()

    required property string itemId
    required property string reason
    required property string correctedByName
    required property double correctedAt
    required property int corrections
    required property string wasKind
    required property string wasText
    required property bool wasOriginalSeen
    required property string kind
    required property string fingerprint
    required property string note
    required property string officerName
    required property string station
    required property string booth
    required property double boothStickerAt
    required property double capturedAt
    required property bool originalSeen
    required property bool corrected
    required property bool isImage
    required property string thumbnail
    required property string fileName

    height: Math.max(112, implicitContentHeight + 16)
    background: Rectangle {
        color: item.corrected ? Theme.amberSoft : "transparent"
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.line }
    }
    contentItem: RowLayout {
        spacing: Theme.gap
        Rectangle {
            Layout.preferredWidth: 96
            Layout.preferredHeight: 96
            color: Theme.infoSoft
            radius: Theme.radius
            Image {
                visible: item.isImage
                anchors.fill: parent
                source: item.isImage ? item.thumbnail : ""
                sourceSize.width: 96
                sourceSize.height: 96
                fillMode: Image.PreserveAspectFit
                cache: false  // the provider keeps its own bounded cache
                asynchronous: true  // a 12 MP JPEG takes ~60 ms to thumbnail: off the GUI thread
            }
            Label {
                textFormat: Text.PlainText
                visible: !item.isImage
                anchors.centerIn: parent
                width: parent.width - 8
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                text: item.kind === "note" ? qsTr("Note") : item.kind === "scanned_code" ? qsTr("Code") : qsTr("File")
                color: Theme.info
                font.bold: true
            }
        }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            RowLayout {
                spacing: 8
                Layout.fillWidth: true
                Label { textFormat: Text.PlainText; text: Labels.evidenceKind(item.kind); font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
                Label {
                    textFormat: Text.PlainText
                    visible: item.fingerprint.length > 0
                    text: item.fingerprint
                    font.family: "monospace"
                    font.bold: true
                    color: Theme.info
                }
            }
            Label {
                textFormat: Text.PlainText
                visible: item.note.length > 0 || item.fileName.length > 0
                text: item.note.length > 0 ? item.note : item.fileName
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                visible: item.corrected
                text: (item.corrections > 1 ? qsTr("Corrected (%1 times)").arg(item.corrections) : qsTr("Corrected"))
                      + " · " + qsTr("%1, %2: %3").arg(item.correctedByName)
                                                  .arg(item.backend.formatDateTime(item.correctedAt)).arg(item.reason)
                color: Theme.amber
                font.bold: true
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                visible: item.corrected
                text: qsTr("As captured: %1 · %2 · %3").arg(Labels.evidenceKind(item.wasKind))
                          .arg(item.wasText.length > 0 ? item.wasText : qsTr("no note"))
                          .arg(item.wasOriginalSeen ? qsTr("Original seen") : qsTr("Copy only"))
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                text: qsTr("%1 · %2 · station %3").arg(item.backend.formatDateTime(item.capturedAt)).arg(item.officerName).arg(item.station)
                color: Theme.textMuted
                font.pixelSize: Theme.smallSize
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: 8
                Layout.fillWidth: true
                Label {
                    textFormat: Text.PlainText
                    text: item.boothStickerAt > 0
                          ? qsTr("Booth %1 (sticker scanned %2)").arg(item.booth).arg(item.backend.formatTime(item.boothStickerAt))
                          : qsTr("Booth %1 (from the case)").arg(item.booth)
                    color: Theme.textMuted
                    font.pixelSize: Theme.smallSize
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    textFormat: Text.PlainText
                    text: item.originalSeen ? qsTr("Original seen") : qsTr("Copy only")
                    color: item.originalSeen ? Theme.ok : Theme.amber
                    font.pixelSize: Theme.smallSize
                    font.bold: true
                }
            }
        }
        Button {
            objectName: "correctEvidence"
            visible: item.canCorrect
            text: qsTr("Correct")
            implicitHeight: Theme.touch
            Layout.alignment: Qt.AlignVCenter
            onClicked: item.correctWanted()
        }
    }
}
