% Sigmoid-weighted linear units, Elfwing, Uchibe & Doya (2018), Eq. 1-2: the SiLU activation a_k of
% hidden unit k with input z_k = \sum_i w_{ik} s_i + b_k (§2)
\mathbf{s} \in \mathbb{R}^{n}, w \in \mathbb{R}^{n \times K}, b \in \mathbb{R}^{K}

z_k = \sum_i w_{ik} s_i + b_k
a_k(\mathbf{s}) = z_k \sigma(z_k)
\sigma(x) = \frac{1}{1 + e^{-x}}
