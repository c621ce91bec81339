import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A section title of the case page's facts.
Label {
    textFormat: Text.PlainText
    font.bold: true
    color: Theme.info
    topPadding: 6
    Layout.fillWidth: true
}
