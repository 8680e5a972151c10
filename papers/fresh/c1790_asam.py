from h import *
rng=np.random.default_rng(1790); k=5; w=rng.normal(size=k); g=rng.normal(size=k); rho=0.5
run('c1790_asam', {'w':w,'g':g,r'\rho':rho}, rho*w**2*g/np.linalg.norm(np.abs(w)*g), fn=r'\epsilon_t')
