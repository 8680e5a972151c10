% FaceNet, Schroff, Kalenichenko & Philbin (2015), Eq. 3: the triplet loss over N triplets. The
% embedding lives on the unit hypersphere, ||f(x)||_2 = 1 (§3): the helper f normalizes its input.
x^a, x^p, x^n \in \mathbb{R}^{N \times d}, \alpha \in \mathbb{R}

f(x) = \frac{x}{\|x\|_2}
L = \sum_i^N \left[\|f(x_i^a) - f(x_i^p)\|_2^2 - \|f(x_i^a) - f(x_i^n)\|_2^2 + \alpha\right]_+
