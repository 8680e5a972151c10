from h import *
for t,y in ((1.0,0.3),(-1.0,0.4),(1.0,1.7)):
    run('c1516_wiki_hinge', {'t':t,'y':y}, max(0,1-t*y), fn=r'\ell')
