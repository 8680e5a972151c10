% Searching for MobileNetV3, Howard et al. (2019), §5.2: the hard-swish nonlinearity; ReLU6 is
% min(max(x, 0), 6) (helper)
x \in \mathbb{R}^{n}

\mathrm{ReLU6}(x) = \min(\max(x, 0), 6)
\text{h-swish}[x] = x \frac{\mathrm{ReLU6}(x + 3)}{6}
