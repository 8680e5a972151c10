% Fair resource allocation in federated learning (q-FFL), Li et al. (2020), Eq. 2, from memory of the printing: the
% q-fair objective over m devices, p_k the device weights, F_k(w) the local losses at w (given, one per device)
p, F(w) \in \mathbb{R}^{m}, q = 2

f_q(w) = \sum_{k=1}^{m} \frac{p_k}{q+1} F_k^{q+1}(w)
