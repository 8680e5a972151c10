from h import *
rng=np.random.default_rng(1618); S,A=4,3; q=rng.normal(size=(S,A)); st,st1,at=2,4,3; r=0.5; alpha,gamma=0.1,0.9
q2=q.copy(); q2[st-1,at-1]=q[st-1,at-1]+alpha*(r+gamma*q[st1-1].max()-q[st-1,at-1])
run('c1618_prince_q_learning', {'q[s_t, a_t]':q, 's_t':st, 's_{t+1}':st1, 'a_t':at, 'r[s_t, a_t]':r, r'\alpha':alpha, r'\gamma':gamma}, q2, fn='q')
