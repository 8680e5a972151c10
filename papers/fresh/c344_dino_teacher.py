from h import *
rng=np.random.default_rng(344); K=6; g,cc=rng.normal(size=K),rng.normal(size=K)*0.1; tau=0.04
run('c344_dino_teacher', {'g_t':g,'c':cc,r'\tau_t':tau}, torch.softmax((T(g)-T(cc))/tau,0).numpy(), fn='P_t')
