from h import *
rng=np.random.default_rng(1982); X=rng.normal(size=(5,3)); Wg=rng.normal(size=(3,4))
run('c1982_expert_choice', {'X':X,'W_g':Wg}, torch.softmax(T(X)@T(Wg),dim=1).numpy(), fn='S')
