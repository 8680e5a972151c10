from h import *
rng=np.random.default_rng(1347); ns,na=5,4; Q1=rng.normal(size=(ns,na)); Q2=rng.normal(size=(ns,na)); s,a,s1,R,al,g=0,3,2,0.6,0.1,0.95
e=Q1.copy(); e[s,a]=Q1[s,a]+al*(R+g*Q2[s1,Q1[s1].argmax()]-Q1[s,a])
run('c1347_sb_double_q', {'Q_1':Q1,'Q_2':Q2,'S_t':s,'A_t':a,'S_{t+1}':s1,'R_{t+1}':R,r'\alpha':al,r'\gamma':g}, e, fn='Q_1')
