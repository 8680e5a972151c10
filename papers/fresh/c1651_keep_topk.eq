% Outrageously Large Neural Networks, Shazeer et al. (2017), Eqs. 3 and 5, pasted from the printing; H(x) the
% noisy logits given (prose), k = 2
H(x) \in \mathbb{R}^{n}, k = 2

G(x) = Softmax(KeepTopK(H(x), k))
KeepTopK(v, k)_i = \begin{cases} v_i & \text{if } v_i \text{ is in the top } k \text{ elements of } v. \\ -\infty & \text{otherwise.} \end{cases}
