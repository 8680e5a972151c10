% Linear attention's feature map \phi, which the file does not define: W multiplies its value, so
% \phi(q) is an input vector of W's column count (W0190's note names W).
W \in \mathbb{R}^{m \times n}
y = W \phi(q)
% ~WARNING W0190
