% QLoRA: Efficient Finetuning of Quantized LLMs, Dettmers et al. (NeurIPS 2023), Eq. 1 (from memory): absmax
% quantisation of an FP32 tensor to Int8 with quantisation constant c^{FP32} (X a matrix, per the prose)
\mathbf{X}^{\text{FP32}} \in \mathbb{R}^{b \times h}

\mathbf{X}^{\text{Int8}} = \text{round}\left(\frac{127}{\text{absmax}(\mathbf{X}^{\text{FP32}})}\mathbf{X}^{\text{FP32}}\right) = \text{round}(c^{\text{FP32}} \cdot \mathbf{X}^{\text{FP32}})
