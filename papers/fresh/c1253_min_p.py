from h import *
rng=np.random.default_rng(1253); V=10; P=torch.softmax(T(rng.normal(size=V))*2,0).numpy(); pb=0.3
keep=P>=pb*P.max(); e=P*keep/(P*keep).sum()
run('c1253_min_p', {'P':P,r'p_{\text{base}}':pb}, e, fn=r'\tilde{P}')
