from h import *
rng=np.random.default_rng(16); A=5; q,qm=rng.normal(size=A),rng.normal(size=A); r,g=0.7,0.99
run('c16_double_dqn', {'q':q,'q^-':qm,'R_{t+1}':r,'\\gamma':g}, (r+g*T(qm)[T(q).argmax()]).numpy())
