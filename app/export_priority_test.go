package app

// ThreadNice lets the external tests see the nice value of the thread a
// callback runs on.
var ThreadNice = threadNice
