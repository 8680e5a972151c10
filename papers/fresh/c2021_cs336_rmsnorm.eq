% Stanford CS336 (Spring 2025), Assignment 1 Sec. 3.4.1: RMSNorm as printed in the handout, from memory; a, g in
% R^{d_model} (prose), epsilon a number
a, g \in \mathbb{R}^{d_\text{model}}, \varepsilon \in \mathbb{R}

\mathrm{RMSNorm}(a_i) = \frac{a_i}{\mathrm{RMS}(a)} g_i
\text{where } \mathrm{RMS}(a) = \sqrt{\frac{1}{d_\text{model}}\sum_{i=1}^{d_\text{model}} a_i^2 + \varepsilon}
