% Precup, Sutton & Singh (2000), per-decision importance sampling, as Sutton & Barto (2nd ed.) print the return
% (Sec. 5.9, from memory of the printing, written with the ratios \rho_i of the steps): the return from step t with
% each reward r_k weighted by the product of the ratios after t up to k; T steps (prose).
r, \rho \in \mathbb{R}^{T}, \gamma \in \mathbb{R}

G_t = \sum_{k=t}^{T-1} \gamma^{k-t} \left(\prod_{i=t+1}^{k} \rho_i\right) r_k
