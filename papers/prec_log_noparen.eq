% Reading rule: \log x + 1 is (\log x) + 1; an operator without parentheses takes the next factor only
x \in \mathbb{R}^{d}

y = \log x + 1
