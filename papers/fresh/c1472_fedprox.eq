% FedProx, Li et al. (2020), Eq. 2: client k's local objective with the proximal term as printed (from memory of the
% printing); F_k(w) the local loss at w (given), w^t the global model of round t, d parameters (prose)
F_k(w), \mu \in \mathbb{R}, w, w^t \in \mathbb{R}^{d}

h_k(w; w^t) = F_k(w) + \frac{\mu}{2} \|w - w^t\|^2
