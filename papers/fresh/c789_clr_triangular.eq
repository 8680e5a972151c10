% Cyclical Learning Rates for Training Neural Networks, Smith (2017), Section 3.1: the triangular policy
% (the paper prints it as code; here as math)
\mathrm{iteration}, \mathrm{stepsize} \in \mathbb{Z}, \eta_{\min}, \eta_{\max} \in \mathbb{R}

\mathrm{cycle} = \left\lfloor 1 + \frac{\mathrm{iteration}}{2 \cdot \mathrm{stepsize}} \right\rfloor
x = \left|\frac{\mathrm{iteration}}{\mathrm{stepsize}} - 2 \cdot \mathrm{cycle} + 1\right|
\eta = \eta_{\min} + (\eta_{\max} - \eta_{\min}) \cdot \max(0, 1 - x)
