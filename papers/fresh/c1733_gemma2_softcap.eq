% Gemma 2, Gemma Team (2024), Sec. 2 "Logit soft-capping", pasted from the printing (with the names as printed):
% logits a vector of V values, soft_cap a scalar (prose)
\text{logits} \in \mathbb{R}^{V}, \text{soft\_cap} \in \mathbb{R}

\text{logits} \leftarrow \text{soft\_cap} * \tanh(\text{logits} / \text{soft\_cap})
