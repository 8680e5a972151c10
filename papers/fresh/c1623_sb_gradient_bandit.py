from h import *
rng=np.random.default_rng(1623); k=5; H=rng.normal(size=k)
run('c1623_sb_gradient_bandit', {'H_t':H}, torch.softmax(T(H),0).numpy(), fn=r'\pi_t')
