% Running (cumulative) average, e.g. Polyak-Ruppert averaging (Polyak & Juditsky 1992):
% \bar{x}_t = \frac{1}{t}\sum_{i=1}^{t} x_i
x \in \mathbb{R}^{T}

\bar{x}_t = \frac{1}{t}\sum_{i=1}^{t} x_i
