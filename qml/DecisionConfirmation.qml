import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// What "Record decision" will sign and print, named before the officer confirms.
ColumnLayout {
    id: summary

    required property StationBackend backend
    property string outcome
    property var measures: []
    property string sanction
    property string reasons

    spacing: 10

    Label {
        textFormat: Text.PlainText
        text: qsTr("Check the decision. \"Record decision\" signs it as %1 (%2) at station %3 and makes the decision notice for the parties.")
                  .arg(summary.backend.session.officerName).arg(summary.backend.session.officerId).arg(summary.backend.stationCode)
        font.bold: true
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    ReviewLine { label: qsTr("Outcome"); value: Labels.outcome(summary.outcome) }
    ReviewLine {
        label: qsTr("Measures taken")
        value: summary.measures.length > 0 ? summary.measures.map(m => Labels.measure(m)).join(", ") : qsTr("None")
    }
    ReviewLine { label: qsTr("Sanction"); value: Labels.sanction(summary.sanction) }
    ReviewLine { label: qsTr("Reasons"); value: summary.reasons }
    Item { Layout.fillHeight: true }
}
