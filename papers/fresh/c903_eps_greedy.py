from h import *
rng=np.random.default_rng(903); ns,na=4,5; Q=rng.normal(size=(ns,na)); s,eps=2,0.1
e=torch.full((na,),eps/na); e[T(Q)[s].argmax()]+=1-eps
run('c903_eps_greedy', {'Q':Q,'S_t':s,r'\varepsilon':eps}, e.numpy(), fn=r'\pi')
